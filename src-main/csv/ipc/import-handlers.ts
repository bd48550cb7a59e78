import { randomUUID } from 'node:crypto'
import type { DataEntity } from '../../../src-shared/ipc'
import { translate } from '../../../src-shared/i18n'
import type { CsvHandlers } from './csv-handlers-type'
import { analyzeFile } from './analyze'
import { failedRows } from './failed-store'
import { importJob } from './import-job'
import { pickedFiles } from './file-tokens'
import { importHistory } from './history'
import { csvFilters } from './csv-filters'
import { saveFailedRows } from './save-failed-rows'
import { undoJob } from './undo-job'
import { backupService } from '../../trust/backups/backup-service'

/** Tables an import writes, so the renderer's lists refresh after a commit or an undo. */
const IMPORTED: DataEntity[] = [
  'customers',
  'products',
  'orders',
  'deals',
  'tickets',
  'survey_responses',
  'imports',
  'campaigns',
  'campaign_members',
]

export const csvImportHandlers: CsvHandlers<
  'csv.pick' | 'csv.analyze' | 'csv.import' | 'csv.saveFailedRows' | 'csv.history' | 'csv.undo'
> = {
  'csv.pick': async ({ kind }, ctx) => {
    const path = await ctx.dialogs.openFile({
      title: translate(ctx.locale(), 'csv.import.chooseFile'),
      filters: csvFilters(ctx.locale()),
    })
    if (path === null) return null
    const files = ctx.services.get(pickedFiles)
    const fileId = files.remember(path)
    return analyzeFile(ctx.db, { ...files.get(fileId), fileId }, { kind }, ctx.locale())
  },
  'csv.analyze': ({ fileId, ...settings }, ctx) =>
    analyzeFile(ctx.db, { ...ctx.services.get(pickedFiles).get(fileId), fileId }, settings, ctx.locale()),
  'csv.import': async ({ fileId, jobId, dryRun, ...settings }, ctx) => {
    const file = ctx.services.get(pickedFiles).get(fileId)
    const input = { file: file.path, fileName: file.name, settings, dryRun, locale: ctx.locale() }
    // A copy of the file as it was before the import (issue 15): refused with the reason if it
    // cannot be made. An import that another import will refuse (job_busy) makes none.
    if (!dryRun) {
      ctx.jobs.assertNoWritingJob()
      await ctx.services.get(backupService).backUp('before-import')
    }
    const { report, failed } = await ctx.jobs.run(importJob, jobId, input, {
      label: dryRun ? 'import.check' : 'import',
      writes: true,
    })
    ctx.services.get(failedRows).keep(jobId, failed)
    if (!dryRun) ctx.emit('data.changed', { entities: IMPORTED })
    return report
  },
  'csv.saveFailedRows': async ({ jobId }, ctx) => {
    const failed = ctx.services.get(failedRows).of(jobId)
    const locale = ctx.locale()
    const defaultName = translate(locale, 'csv.import.failedFileName')
    const path = await ctx.dialogs.saveFile({
      title: translate(locale, 'csv.import.downloadFailed'),
      defaultName,
      filters: csvFilters(ctx.locale()),
    })
    if (path === null) return { saved: false }
    await saveFailedRows(path, failed, locale, 'utf8bom')
    return { saved: true }
  },
  'csv.history': ({ limit }, ctx) => importHistory(ctx.db, limit),
  'csv.undo': async ({ importId }, ctx) => {
    // A writing job like an import: off the main thread, and refused (job_busy) while one runs.
    const input = { importId, locale: ctx.locale() }
    const result = await ctx.jobs.run(undoJob, randomUUID(), input, { label: 'undo', writes: true })
    ctx.emit('data.changed', { entities: IMPORTED })
    return result
  },
}
