import Database from 'better-sqlite3'
import type { RowCounts } from '../../../src-shared/ipc/channels/backups'
import { rowCounts } from './row-counts'

export interface CountInput {
  file: string
  nativeBinding?: string
}

/** Row counts read from a backup itself (a copy without a manifest, or to compare with now). */
export function countBackup({ file, nativeBinding }: CountInput): RowCounts {
  // Backups are rollback-journal files (copy-verified.ts): a read-only open leaves nothing beside them.
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding })
  try {
    return rowCounts(db)
  } finally {
    db.close()
  }
}
