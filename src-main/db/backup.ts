import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type Database from 'better-sqlite3'
import { hasPlainSqliteHeader } from './file-checks'

/** A backup file as listed to the user. */
export interface BackupInfo {
  file: string
  name: string
  bytes: number
  /** ISO-8601 UTC of the file's last write. */
  modifiedAt: string
  /** For automatic pre-migration backups: the schema version about to be applied. */
  beforeVersion: number | null
}

const BEFORE_MIGRATION = /^kehu-before-v(\d+)-[0-9TZ]+(-\d+)?\.sqlite$/

/** `kehu-before-v<N>-<UTC timestamp>.sqlite`; no colons, so the name is valid on Windows. */
export function preMigrationBackupName(beforeVersion: number, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '')
  return `kehu-before-v${beforeVersion}-${stamp}.sqlite`
}

export interface BackupOptions {
  /**
   * Copy every page in one step, one read transaction, without yielding: for a worker thread,
   * where nothing else waits for the event loop. Also never restarts: a write by another
   * connection between steps sends SQLite's backup back to the first page, and the app writes
   * while a 500 MB copy runs (the default 100-page steps are ~1,200 of them).
   */
  oneStep?: boolean
}

/** better-sqlite3 caps a step's page count here; SQLite copies what remains. */
const ALL_PAGES = 0x7fffffff

/**
 * Online backup with SQLite's backup API: a consistent copy of a live database (never a raw
 * file copy, which can catch a half-written page or miss the WAL). Asynchronous: it copies in
 * steps and yields to the event loop, so use it for backups while the app is running.
 * Written to `<dest>.partial` and renamed, so a crash never leaves a half backup that looks
 * whole. Refuses to overwrite an existing file.
 *
 * An encrypted source gets an encrypted copy with the same key: the backup API refuses an
 * encrypted source (its destination connection cannot be keyed), so that copy is a `VACUUM
 * INTO`, which SQLCipher writes with the source's key — synchronous, so run it in a worker.
 */
export async function backupDatabase(db: Database.Database, destFile: string, options: BackupOptions = {}): Promise<BackupInfo> {
  if (isEncrypted(db)) return snapshotDatabase(db, destFile)
  const partial = prepareDestination(destFile)
  try {
    await (options.oneStep ? db.backup(partial, { progress: () => ALL_PAGES }) : db.backup(partial))
    renameSync(partial, destFile)
  } finally {
    rmSync(partial, { force: true })
  }
  return describe(destFile)
}

/**
 * Synchronous consistent copy with `VACUUM INTO` (SQLite writes it from a read transaction,
 * like the backup API). Used before migrations because opening must stay synchronous; it
 * also compacts the copy. Must not run inside a transaction. An encrypted source's copy is
 * encrypted with the same key (SQLite3 Multiple Ciphers keys the target like the source).
 */
export function snapshotDatabase(db: Database.Database, destFile: string): BackupInfo {
  const partial = prepareDestination(destFile)
  try {
    db.prepare('VACUUM INTO ?').run(partial)
    renameSync(partial, destFile)
  } finally {
    rmSync(partial, { force: true })
  }
  return describe(destFile)
}

function isEncrypted(db: Database.Database): boolean {
  return !db.memory && !hasPlainSqliteHeader(db.name)
}

/** Backups in `dir`, newest first; an absent folder has none. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sqlite'))
    .map((name) => describe(join(dir, name)))
    .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name))
}

function prepareDestination(destFile: string): string {
  if (existsSync(destFile)) throw new Error(`Backup file already exists: ${destFile}`)
  mkdirSync(dirname(destFile), { recursive: true })
  const partial = `${destFile}.partial`
  rmSync(partial, { force: true })
  return partial
}

function describe(file: string): BackupInfo {
  const stat = statSync(file)
  const name = file.split(/[\\/]/).pop() ?? file
  const match = BEFORE_MIGRATION.exec(name)
  return {
    file,
    name,
    bytes: stat.size,
    modifiedAt: stat.mtime.toISOString(),
    beforeVersion: match ? Number(match[1]) : null,
  }
}

/*
 * Restore (later issue), design note: never copy a backup over the open file. Close every
 * connection (main + workers), open the backup through `openDatabase` (same checks: not
 * empty, quick_check, not newer), snapshot the current file to `backups/kehu-before-restore-…`,
 * then `backupDatabase(backupDb, dataFile + '.restoring')`, rename over the data file after
 * deleting its -wal/-shm, and reopen (migrations bring an old backup up to date).
 */
