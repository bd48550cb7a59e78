import type { RowCounts } from '../../../src-shared/ipc/channels/backups'
import { openBackupFile } from './open-backup-file'
import { rowCounts } from './row-counts'

export interface CountInput {
  file: string
  nativeBinding?: string
  /** The data key (hex) when the shop is encrypted. */
  key?: string
}

/** Row counts read from a backup itself (a copy without a manifest, or to compare with now). */
export function countBackup({ file, nativeBinding, key }: CountInput): RowCounts {
  // Backups are rollback-journal files (copy-verified.ts): a read-only open leaves nothing beside them.
  const db = openBackupFile(file, { readonly: true, nativeBinding, key })
  try {
    return rowCounts(db)
  } finally {
    db.close()
  }
}
