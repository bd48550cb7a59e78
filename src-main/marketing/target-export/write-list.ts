import type Database from 'better-sqlite3'
import { TARGET_BASE_COLUMNS, type TargetColumn, type TargetExportInput } from '../../../src-shared/ipc/channels/target-lists'
import { translate, type Locale } from '../../../src-shared/i18n'
import { AppError } from '../../../src-shared/ipc/app-error'
import { writeCsv, type Cell } from '../../csv/write-csv'
import type { TaskEnv } from '../../workers/task'
import { TARGET_COLUMNS } from './columns'
import { REACHABLE } from './consent-filter'

/** Progress is reported (and Cancel checked) once per this many rows. */
const STEP = 5000

export interface ListFile {
  path: string
  ids: readonly number[]
  includeUnknown: boolean
  columns: TargetExportInput['columns']
  encoding: TargetExportInput['encoding']
  locale: Locale
}

/** The reachable customers of `ids`, by name (pinyin order), one array of cells each. */
function* rows(db: Database.Database, file: ListFile, columns: TargetColumn[], total: number, env: TaskEnv): Generator<Cell[]> {
  const statement = db
    .prepare(
      `SELECT ${columns.map((c) => TARGET_COLUMNS[c].sql).join(', ')} FROM json_each(@ids) j
       CROSS JOIN customers c ON c.id = j.value AND c.deleted_at IS NULL WHERE ${REACHABLE} ORDER BY c.sort_key, c.id`,
    )
    .raw()
  const consentAt = columns.indexOf('consent')
  let done = 0
  for (const row of statement.iterate({ ids: JSON.stringify(file.ids), includeUnknown: file.includeUnknown ? 1 : 0 })) {
    const cells = row as Cell[]
    if (consentAt >= 0) cells[consentAt] = translate(file.locale, `marketing-reach.consent.values.${cells[consentAt] as string}`)
    yield cells
    if (++done % STEP === 0) {
      if (env.isCancelled()) throw new AppError('cancelled')
      env.progress(done, total, 'write')
    }
  }
}

/** Writes the list (headers in the UI language) through the one CSV writer and its formula guard. */
export function writeTargetList(db: Database.Database, file: ListFile, total: number, env: TaskEnv) {
  const columns: TargetColumn[] = [...TARGET_BASE_COLUMNS, ...file.columns]
  const header = columns.map((c) => ({
    kind: TARGET_COLUMNS[c].kind,
    header: translate(file.locale, `marketing-reach.export.columns.${c}`),
  }))
  // The save dialog asked before replacing a file of that name.
  return writeCsv(file.path, header, rows(db, file, columns, total, env), file.encoding, { replace: true })
}
