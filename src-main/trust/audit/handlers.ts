import { randomUUID } from 'node:crypto'
import { translate } from '../../../src-shared/i18n'
import type { DomainHandlers } from '../../ipc/handler'
import { auditExportJob } from './export-job'
import { auditEntities, listAudit } from './query'

/** The audit log page: read, filter, export (a job: off the main thread, with progress and Cancel). The log itself is written by every domain's writes (src-main/audit/). */
export const auditHandlers: DomainHandlers<'audit'> = {
  'audit.list': (input, ctx) => listAudit(ctx.db, input),
  'audit.entities': (_input, ctx) => auditEntities(ctx.db),
  'audit.export': async (filter, ctx) => {
    const locale = ctx.locale()
    const path = await ctx.dialogs.saveFile({
      title: translate(locale, 'audit.export'),
      defaultName: `${translate(locale, 'audit.fileName')}.csv`,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    })
    if (path === null) return null
    return ctx.jobs.run(auditExportJob, randomUUID(), { filter, path, locale }, { label: 'auditExport', writes: false })
  },
}
