import type { DuplicateAction } from '../../../src-shared/ipc/channels/csv-import'
import type { RowMeta } from '../../db/sql'
import type { ChangeLog } from './changes'
import type { Outcome } from './types'

/** A domain's own writes for one record: the importer never writes a domain's table itself. */
export interface RecordWrites {
  insert(meta: RowMeta): number
  update(id: number): void
  /** Adds the rows that go with the record to its saved state, so undo restores them too. */
  saveWith?(before: Record<string, unknown>, id: number): void
}

/**
 * Writes a record where its duplicate rule sent it: over the matched row (logged for undo
 * first), or as a new row. A new row keeps the file's uid only when nothing matched — a
 * "create anyway" duplicate must not take the uid of the row it duplicates.
 */
export function writeMatched(
  changes: ChangeLog,
  table: string,
  match: { id: number; action: DuplicateAction } | null,
  uid: string | undefined,
  writes: RecordWrites,
): Outcome {
  if (match?.action === 'update') {
    const { saveWith } = writes
    changes.updated(table, match.id, saveWith && ((before) => saveWith(before, match.id)))
    writes.update(match.id)
    return 'updated'
  }
  changes.created(table, writes.insert({ uid: match ? undefined : uid }))
  return 'created'
}
