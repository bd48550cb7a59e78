import { randomUUID } from 'node:crypto'
import { translate } from '../../../src-shared/i18n'
import type { DomainHandlers } from '../../ipc/handler'
import { runJobFor } from '../../jobs/service'
import { csvFilters } from './csv-filters'

const zipFilters = [{ name: 'ZIP', extensions: ['zip'] }]

/** Exports run as jobs (off the main thread in the app) on a connection of their own. */
export const exportsHandlers: DomainHandlers<'exports'> = {
  'exports.run': async ({ zip, ...request }, ctx) => {
    const locale = ctx.locale()
    const title = translate(locale, 'exporter.run')
    const period = [request.from, request.to].filter(Boolean).join('_')
    const defaultName = `kehu-${request.kind}${period ? `-${period}` : ''}.zip`
    const target = zip
      ? await ctx.dialogs.saveFile({ title, defaultName, filters: zipFilters })
      : await ctx.dialogs.chooseFolder({ title })
    if (target === null) return null
    return runJobFor(ctx, randomUUID(), 'export', { ...request, locale, target, zip }, { label: 'export', writes: false })
  },
  'exports.table': async ({ list, ...table }, ctx) => {
    const locale = ctx.locale()
    const defaultName = `${translate(locale, `exporter.lists.${list}`)}.csv`
    const path = await ctx.dialogs.saveFile({ title: translate(locale, 'exporter.exportList'), defaultName, filters: csvFilters(locale) })
    if (path === null) return null
    return runJobFor(ctx, randomUUID(), 'listExport', { ...table, path, locale }, { label: 'export', writes: false })
  },
}
