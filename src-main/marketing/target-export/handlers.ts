import { randomUUID } from 'node:crypto'
import { translate } from '../../../src-shared/i18n'
import { csvFilters } from '../../csv/ipc/csv-filters'
import type { DomainHandlers } from '../../ipc/handler'
import { countTargets } from './consent-filter'
import { targetExportJob } from './job'
import { targetMemberIds } from './members'
import { sourceAnalyses } from './source-analyses'

/** `targets.*`: the count before exporting, and the export itself as a job (progress, Cancel). */
export const targetListHandlers: DomainHandlers<'targets'> = {
  'targets.count': async ({ source, includeUnknown }, ctx) =>
    countTargets(ctx.db, targetMemberIds(ctx.db, source, await sourceAnalyses(ctx, source)), includeUnknown),
  'targets.export': async (input, ctx) => {
    const locale = ctx.locale()
    const analyses = await sourceAnalyses(ctx, input.source)
    const path = await ctx.dialogs.saveFile({
      title: translate(locale, 'marketing-reach.export.title'),
      defaultName: `${translate(locale, 'marketing-reach.export.fileName')}.csv`,
      filters: csvFilters(locale),
    })
    if (path === null) return null
    return ctx.jobs.run(
      targetExportJob,
      randomUUID(),
      { ...input, path, locale, analyses },
      { label: 'targetExport', writes: false },
    )
  },
}
