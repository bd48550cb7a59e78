import { rmSync } from 'node:fs'
import { DATA_ENTITIES } from '../../../src-shared/ipc/events'
import type { RestoreResult } from '../../../src-shared/ipc/channels/backups'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { HandlerContext } from '../../ipc/context'
import { backupService } from './backup-service'
import { manifestFile } from './manifest'
import { swapIn } from './swap-in'

/** Where a backup waits, checked, beside the data file for the swap. */
export const stagingFile = (dataFile: string): string => `${dataFile}.restoring`

/**
 * Restores a backup without ever writing over the open file: the backup is copied beside the
 * data file and checked (a damaged or too-new backup is refused here, nothing changed); the
 * file as it is now becomes a backup of its own (the undo: restoring it puts everything back);
 * then the backend closes, the copy is renamed over the file (swap-in.ts) and the backend
 * reopens it — migrations bring an older backup up to date.
 */
export async function restoreBackup(ctx: HandlerContext, name: string): Promise<RestoreResult> {
  const shops = ctx.shops
  if (!shops) throw new AppError('backup_restore_unavailable')
  if (!ctx.jobs.isIdle()) throw new AppError('shop_switch_busy')
  const service = ctx.services.get(backupService)
  const chosen = service.find(name)
  const staged = stagingFile(ctx.dataFile)
  discard(staged)
  await service.copyChecked(chosen.file, staged)
  try {
    // A damaged file is kept as it is, marked so it is never offered as a good backup.
    const undo = await service.backUp(ctx.integrity().status === 'corrupt' ? 'damaged' : 'before-restore')
    service.skipBackupOnClose()
    await shops.reopen(() => swapIn(ctx.dataFile, staged, service.fileAccess()))
    ctx.emit('data.changed', { entities: [...DATA_ENTITIES] })
    return { restored: name, undoName: undo.name }
  } finally {
    discard(staged)
  }
}

function discard(staged: string): void {
  rmSync(staged, { force: true })
  rmSync(manifestFile(staged), { force: true })
}
