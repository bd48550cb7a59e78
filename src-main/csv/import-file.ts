import type Database from 'better-sqlite3'
import { translate, type Locale } from '../../src-shared/i18n'
import { AppError } from '../../src-shared/ipc/app-error'
import type { ImportReport, ImportSettings, MatchRule, RowIssue } from '../../src-shared/ipc/channels/csv-import'
import { deferSearchIndex } from '../customers/deferred-search-index'
import { ChangeLog } from './commit/changes'
import { RowFailure, type KindWriter, type Outcome } from './commit/types'
import type { RowDecision } from './dedupe/in-file-duplicates'
import { scanInFileDuplicates } from './dedupe/scan-file'
import { FailedRows } from './failed-rows'
import { importFailure } from './import-failure'
import { KINDS } from './kinds'
import { saveMapping } from './mapping/saved'
import { openCsv } from './open-file'
import { readRecords } from './parse'
import { updatePreviews } from './preview/update-preview'
import { resolveMapping } from './resolve-mapping'
import { makeRowValidator } from './validate'

export interface ImportRun {
  file: string
  fileName: string
  settings: ImportSettings
  dryRun: boolean
  locale: Locale
  onProgress?(done: number, total: number): void
  /** Checked between batches; true rolls everything back. */
  isCancelled?(): boolean
  failedRows?: FailedRows
}

const ISSUE_CAP = 1000

/**
 * The whole import in one transaction on a connection used by nothing else (a worker's, or
 * the CLI's): a cancel, a crash or a kill leaves the database as it was. A dry run does the
 * very same writes and rolls back, so its summary is exactly what a commit would do.
 */
export async function importFile(db: Database.Database, run: ImportRun): Promise<ImportReport> {
  const { kind } = run.settings
  const spec = KINDS[kind]
  const opened = await openCsv(db, run.file, kind, run.settings)
  const columns = resolveMapping(spec, opened.header, opened.mapping)
  const validate = makeRowValidator(spec, columns, opened.header.length, run.locale)
  const rules: MatchRule[] = run.settings.rules ?? spec.defaultMatch.map((key) => ({ key, action: 'update' }))
  const policy = run.settings.inFileDuplicates ?? 'first'
  const counts = { rows: 0, created: 0, updated: 0, skipped: 0, failed: 0 }
  const issues: RowIssue[] = []
  let issueCount = 0
  let warningCount = 0
  const note = (list: RowIssue[]): void => {
    for (const issue of list) {
      if (issue.severity === 'warning') warningCount++
      else issueCount++
      if (issues.length < ISSUE_CAP) issues.push(issue)
    }
  }
  if (run.failedRows) run.failedRows.header = opened.header
  // Rows of the file that are one record are found first, so the policy can pick among them.
  const duplicates = await scanInFileDuplicates({
    ...run,
    opened,
    spec,
    rules,
    policy,
    validate,
    onProgress: (bytes) => run.onProgress?.(bytes / 2, opened.size),
  })
  const progress = (bytes: number): void => run.onProgress?.(duplicates ? (opened.size + bytes) / 2 : bytes, opened.size)

  let read = 0
  try {
    db.exec('BEGIN IMMEDIATE')
    const importId = Number(
      db.prepare('INSERT INTO imports (kind, file_name, encoding) VALUES (?, ?, ?)').run(kind, run.fileName, opened.encoding)
        .lastInsertRowid,
    )
    const changes = new ChangeLog(db, importId, spec.table)
    // Customers this import creates are indexed for search once, before the commit.
    const searchIndex = deferSearchIndex(db)
    const writer = spec.writer({ db, rules, changes, mapped: new Set(Object.keys(opened.mapping)) })
    for await (const batch of readRecords(run.file, opened)) {
      if (run.isCancelled?.()) throw new AppError('cancelled')
      batch.records.forEach((cells, i) => {
        const row = batch.firstRow + i
        counts.rows++
        const result = validate(cells, row)
        const decision = result.ok ? (duplicates?.decision(row) ?? WRITE) : WRITE
        if (decision.kind === 'skip') return void counts.skipped++
        changes.row = row
        const outcome = result.ok ? writeRow(writer, result.record, row, run.locale, decision) : result
        if ('issues' in outcome) {
          counts.failed++
          note(outcome.issues)
          run.failedRows?.add(row, cells, outcome.issues)
          return
        }
        counts[outcome.outcome]++
        if (result.ok) note(result.warnings)
      })
      read = batch.bytesRead
      progress(read)
    }
    if (counts.rows === 0) throw new AppError('csv_no_rows')
    writer.finish()
    searchIndex.finish()
    changes.finish()
    const entities = changes.counts()
    const updates = { total: entities[spec.table]?.updated ?? 0, samples: updatePreviews(db, changes.updatedSamples) }
    db.prepare(`UPDATE imports SET counts = ?, finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`).run(
      JSON.stringify({ ...counts, entities }),
      importId,
    )
    saveMapping(db, kind, opened.header, opened.mapping)
    db.exec(run.dryRun ? 'ROLLBACK' : 'COMMIT')
    return {
      ...counts,
      entities,
      importId: run.dryRun ? null : importId,
      dryRun: run.dryRun,
      encoding: opened.encoding,
      delimiter: opened.delimiter,
      issues,
      issueCount,
      warningCount,
      inFileDuplicates: duplicates?.summary() ?? { policy, groups: 0, rows: 0, samples: [] },
      updates,
    }
  } catch (error) {
    const failure = importFailure(error, db, read, opened.size)
    if (db.inTransaction) db.exec('ROLLBACK')
    throw failure
  }
}

const WRITE: RowDecision = { kind: 'write' }

function writeRow<R>(
  writer: KindWriter<R>,
  record: R,
  row: number,
  locale: Locale,
  decision: RowDecision,
): { outcome: Outcome } | { issues: RowIssue[] } {
  try {
    if (decision.kind === 'fail') throw new RowFailure('in_file_unique', { ...decision, key: fieldName(locale, decision.key) })
    return { outcome: writer.write(record, { fresh: decision.kind === 'fresh' }) }
  } catch (error) {
    if (!(error instanceof RowFailure)) throw error
    const reason = translate(locale, `csv.import.reasons.${error.code}`, error.params)
    const fallback = reason.startsWith('csv.import.') ? translate(locale, `errors.${error.code}`, error.params) : reason
    return { issues: [{ row, column: '', code: error.code, reason: fallback, severity: 'error' }] }
  }
}

const fieldName = (locale: Locale, key: string): string => translate(locale, `csv.import.fields.${key}`)
