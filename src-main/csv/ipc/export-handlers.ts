import { randomUUID } from 'node:crypto'
import { translate } from '../../../src-shared/i18n'
import type { CsvHandlers } from './csv-handlers-type'
import { csvFilters } from './csv-filters'
import { exportJob } from './export-job'
import { listExportJob } from './list-export-job'

const zipFilters = [{ name: 'ZIP', extensions: ['zip'] }]

/** Exports run as jobs (off the main thread in the app) on a connection of their own. */
export const csvExportHandlers: CsvHandlers<'csv.export' | 'csv.exportList'> = {
  'csv.export': async ({ zip, ...request }, ctx) => {
    const locale = ctx.locale()
    const title = translate(locale, 'csv.export.run')
    const period = [request.from, request.to].filter(Boolean).join('_')
    const pack = request.fileNames === 'ui' ? translate(locale, 'csv.export.files.pack') : 'kehu-accountant'
    const defaultName = `${pack}${period ? `-${period}` : ''}.zip`
    const target = zip
      ? await ctx.dialogs.saveFile({ title, defaultName, filters: zipFilters })
      : await ctx.dialogs.chooseFolder({ title })
    if (target === null) return null
    return ctx.jobs.run(exportJob, randomUUID(), { ...request, locale, target, zip }, { label: 'export', writes: false })
  },
  'csv.exportList': async ({ list, ...table }, ctx) => {
    const locale = ctx.locale()
    const defaultName = `${translate(locale, `csv.export.lists.${list}`)}.csv`
    const path = await ctx.dialogs.saveFile({
      title: translate(locale, 'csv.export.exportList'),
      defaultName,
      filters: csvFilters(locale),
    })
    if (path === null) return null
    return ctx.jobs.run(listExportJob, randomUUID(), { ...table, path, locale }, { label: 'export', writes: false })
  },
}
