import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { manifestFile } from './manifest'
import { openBackupFile, type BackupFileOptions } from './open-backup-file'

/**
 * Puts a staged, checked copy in place of the closed data file. The file's WAL is folded into
 * it first and removed (a WAL left beside the new file would be replayed into it), then one
 * rename: a crash at any moment leaves either the old file, whole, or the new one.
 */
export function swapIn(dataFile: string, staged: string, access: BackupFileOptions = {}): void {
  foldWal(dataFile, access)
  rmSync(`${dataFile}-wal`, { force: true })
  rmSync(`${dataFile}-shm`, { force: true })
  renameSync(staged, dataFile)
  rmSync(manifestFile(staged), { force: true })
}

/** A WAL with frames (a connection that did not close cleanly): checkpointed into the file. */
function foldWal(dataFile: string, access: BackupFileOptions): void {
  const wal = `${dataFile}-wal`
  if (!existsSync(wal) || statSync(wal).size === 0) return
  const db = openBackupFile(dataFile, access)
  try {
    db.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    db.close()
  }
}
