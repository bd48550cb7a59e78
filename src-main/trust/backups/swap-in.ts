import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { manifestFile } from './manifest'

/**
 * Puts a staged, checked copy in place of the closed data file. The file's WAL is folded into
 * it first and removed (a WAL left beside the new file would be replayed into it), then one
 * rename: a crash at any moment leaves either the old file, whole, or the new one.
 */
export function swapIn(dataFile: string, staged: string, nativeBinding?: string): void {
  foldWal(dataFile, nativeBinding)
  rmSync(`${dataFile}-wal`, { force: true })
  rmSync(`${dataFile}-shm`, { force: true })
  renameSync(staged, dataFile)
  rmSync(manifestFile(staged), { force: true })
}

/** A WAL with frames (a connection that did not close cleanly): checkpointed into the file. */
function foldWal(dataFile: string, nativeBinding?: string): void {
  const wal = `${dataFile}-wal`
  if (!existsSync(wal) || statSync(wal).size === 0) return
  const db = new Database(dataFile, { fileMustExist: true, nativeBinding })
  try {
    db.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    db.close()
  }
}
