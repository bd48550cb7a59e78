import { translate } from '../../../src-shared/i18n'
import { COUNTED_TABLES } from '../../../src-shared/ipc/channels/backups'
import type { DomainHandlers } from '../../ipc/handler'
import { backupService } from './backup-service'
import { writeBackupSettings } from './backup-settings'
import { shown } from './list-backups'
import { restoreBackup } from './restore'
import { rowCounts } from './row-counts'

/** `backups.*`: Settings → Backups (backup now, the list, what would change, restore, folder, schedule). */
export const backupsHandlers: DomainHandlers<'backups'> = {
  'backups.status': (_input, ctx) => ctx.services.get(backupService).status(),
  'backups.list': (_input, ctx) => ctx.services.get(backupService).list().map(shown),
  'backups.create': (_input, ctx) => ctx.services.get(backupService).backUp('manual'),
  'backups.compare': async ({ name }, ctx) => {
    const service = ctx.services.get(backupService)
    const chosen = service.find(name)
    const then = chosen.counts ?? (await service.countRows(chosen.file))
    const now = rowCounts(ctx.db)
    const tables = COUNTED_TABLES.filter((table) => now[table] !== undefined || then[table] !== undefined).map((table) => ({
      table,
      now: now[table] ?? 0,
      then: then[table] ?? 0,
    }))
    return { name, createdAt: chosen.createdAt, tables }
  },
  'backups.restore': ({ name }, ctx) => restoreBackup(ctx, name),
  'backups.chooseFolder': async (_input, ctx) => {
    const folder = await ctx.dialogs.chooseFolder({ title: translate(ctx.locale(), 'backups.chooseFolder') })
    if (folder === null) return null
    const service = ctx.services.get(backupService)
    writeBackupSettings(ctx.dataFile, { ...service.settings(), folder })
    return service.status()
  },
  'backups.setSettings': ({ everyHours, resetFolder }, ctx) => {
    const service = ctx.services.get(backupService)
    const current = service.settings()
    writeBackupSettings(ctx.dataFile, {
      folder: resetFolder ? null : current.folder,
      everyHours: everyHours ?? current.everyHours,
    })
    return service.status()
  },
}
