import { renameSync, rmSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { AppError } from '../../../src-shared/ipc/app-error'
import { backupDatabase, openDatabase } from '../../db'
import { diskFullError, isDiskFull } from '../../db/disk-space'
import { manifestFile, writeManifest, type Manifest } from './manifest'
import { rowCounts } from './row-counts'

export interface CopyInput {
  /** The file to copy (the data file, or a backup being staged for a restore). */
  source: string
  /** Where the checked copy goes; it must not exist yet. */
  dest: string
  /** False for a damaged data file kept before a restore: copied as it is, listed as not good. */
  verify: boolean
  nativeBinding?: string
}

/**
 * A checked copy: SQLite's online backup API into `<dest>.checking` (consistent while the app
 * writes), then `integrity_check` and row counts on the copy, its manifest, and only then the
 * rename to `dest`. A crash or a full disk at any point leaves no file named like a backup that
 * is not whole: the `.checking` copy is removed on failure and ignored by listing.
 */
export async function copyVerified(input: CopyInput): Promise<Manifest> {
  const checking = `${input.dest}.checking`
  removeCopy(checking)
  try {
    await copy(input.source, checking, input.nativeBinding)
    const manifest = input.verify ? check(checking, input.nativeBinding) : unchecked(checking, input.nativeBinding)
    writeManifest(input.dest, manifest)
    renameSync(checking, input.dest)
    return manifest
  } catch (error) {
    removeCopy(checking)
    rmSync(manifestFile(input.dest), { force: true })
    if (isDiskFull(error)) throw diskFullError(input.dest, statSync(input.source).size)
    throw error
  }
}

async function copy(source: string, dest: string, nativeBinding?: string): Promise<void> {
  // Cheap checks only (header, application id): a damaged file must still be copyable.
  const { db } = openDatabase(source, { readonly: true, integrity: 'deferred', nativeBinding, use: 'bulk' })
  try {
    await backupDatabase(db, dest)
  } finally {
    db.close()
  }
}

/** Opens the copy as a single self-contained file (rollback journal, so no -wal beside it). */
function openCopy(file: string, nativeBinding?: string): Database.Database {
  const db = new Database(file, { fileMustExist: true, nativeBinding })
  db.pragma('journal_mode = DELETE')
  return db
}

function check(file: string, nativeBinding?: string): Manifest {
  const db = openCopy(file, nativeBinding)
  try {
    const result = db.pragma('integrity_check', { simple: true })
    if (result !== 'ok') throw new AppError('backup_check_failed', { detail: String(result) })
    return { verified: true, counts: rowCounts(db), schemaVersion: schemaVersion(db) }
  } finally {
    db.close()
  }
}

function unchecked(file: string, nativeBinding?: string): Manifest {
  openCopy(file, nativeBinding).close()
  return { verified: false, counts: null, schemaVersion: null }
}

function schemaVersion(db: Database.Database): number | null {
  const value = db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()
  return typeof value === 'number' ? value : null
}

function removeCopy(file: string): void {
  for (const suffix of ['', '.partial', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true })
}
