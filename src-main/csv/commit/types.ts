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
  write(record: R): Outcome
  /** Work once all rows are written (order totals). */
  finish(): void
}

/** A row the database refuses (a taken code, no pipeline stage): the row fails, the import goes on. */
export class RowFailure extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code)
  }
}
