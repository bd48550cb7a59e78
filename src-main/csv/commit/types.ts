import type { csv } from '../../../src-shared/i18n/locales/en/csv'
import type { ErrorCode } from '../../../src-shared/ipc/app-error'
import type Database from 'better-sqlite3'
import type { MatchRule } from '../../../src-shared/ipc/channels/csv-import'
import type { ChangeLog } from './changes'

export type Outcome = 'created' | 'updated' | 'skipped'

export interface WriterOptions {
  db: Database.Database
  rules: MatchRule[]
  changes: ChangeLog
  /** Field keys the user mapped (a default only applies when its column is absent). */
  mapped: ReadonlySet<string>
}

/** Writes validated records of one kind inside the import's transaction. */
export interface KindWriter<R> {
  /** `fresh`: the record is a second row of one in the file, kept as a new record (matches nothing). */
  write(record: R, options?: { fresh?: boolean }): Outcome
  /** Work once all rows are written (order totals). */
  finish(): void
}

/** A row the database refuses (a taken code, no pipeline stage): the row fails, the import goes on. */
/** A row failure names a reason of the import catalog, or an error code (its message is the fallback). */
export type RowFailureCode = keyof (typeof csv)['import']['reasons'] | ErrorCode

export class RowFailure extends Error {
  constructor(
    readonly code: RowFailureCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code)
  }
}
