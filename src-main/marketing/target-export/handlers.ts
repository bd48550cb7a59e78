import { randomUUID } from 'node:crypto'
import { translate } from '../../../src-shared/i18n'
import { csvFilters } from '../../csv/ipc/csv-filters'
import type { DomainHandlers } from '../../ipc/handler'
import { countTargets } from './consent-filter'
import { targetExportJob } from './job'
import { targetMemberIds } from './members'

/** `targets.*`: the count before exporting, and the export itself as a job (progress, Cancel). */
export const targetListHandlers: DomainHandlers<'targets'> = {
  'targets.count': ({ source, includeUnknown }, ctx) => countTargets(ctx.db, targetMemberIds(ctx.db, source), includeUnknown),
  'targets.export': async (input, ctx) => {
    const locale = ctx.locale()
    const path = await ctx.dialogs.saveFile({
      title: translate(locale, 'marketingReach.export.title'),
      defaultName: `${translate(locale, 'marketingReach.export.fileName')}.csv`,
      filters: csvFilters(locale),
    })
    if (path === null) return null
    return ctx.jobs.run(targetExportJob, randomUUID(), { ...input, path, locale }, { label: 'targetExport', writes: false })
  },
}
