import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type Database from 'better-sqlite3'
import { copyFileAtRest } from './copy-at-rest'
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
  /**
   * A writable connection to the same file, for checkpoints: given, the file is copied byte for
   * byte at a moment it holds a whole snapshot (./copy-at-rest.ts), and page by page only when
   * no such moment comes. Synchronous file I/O: for a worker thread too.
   */
  checkpointer?: Database.Database
}

/** better-sqlite3 caps a step's page count here; SQLite copies what remains. */
const ALL_PAGES = 0x7fffffff

/**
 * A consistent copy of a live database (never a file copy outside SQLite's locks, which can
 * catch a half-written page or miss the WAL): the file's bytes when `checkpointer` is given
 * and the file holds a whole snapshot, else SQLite's online backup API. Asynchronous: without `oneStep` the backup
 * API copies in steps and yields to the event loop. Written to `<dest>.partial` and renamed,
 * so a crash never leaves a half backup that looks whole. Refuses to overwrite an existing file.
 *
 * An encrypted source's page-by-page copy is a `VACUUM INTO`, which SQLite3 Multiple Ciphers
 * keys like the source: its backup API refuses an encrypted source with an unkeyed
 * destination, and better-sqlite3 opens the destination itself, without a key (a URI key
 * would need `SQLITE_USE_URI=1` for the whole process and better-sqlite3's private handle).
 * It rewrites every table and index (472 MB: 6.1 s at load ~3.5; ~40 s with the backup's
 * check at load 9–11), so it is only the fallback; the byte copy keeps the key untouched (0.3 s).
 */
export async function backupDatabase(db: Database.Database, destFile: string, options: BackupOptions = {}): Promise<BackupInfo> {
  const partial = prepareDestination(destFile)
  try {
    const copied = options.checkpointer !== undefined && (await copyFileAtRest(db, partial, options.checkpointer))
    if (!copied) await copyPages(db, partial, options)
    renameSync(partial, destFile)
  } finally {
    rmSync(partial, { force: true })
  }
  return describe(destFile)
}

async function copyPages(db: Database.Database, partial: string, options: BackupOptions): Promise<void> {
  if (isEncrypted(db)) db.prepare('VACUUM INTO ?').run(partial)
  else await (options.oneStep ? db.backup(partial, { progress: () => ALL_PAGES }) : db.backup(partial))
}

/**
 * Synchronous consistent copy with `VACUUM INTO` (SQLite writes it from a read transaction,
 * like the backup API). Used before migrations because opening must stay synchronous and the
 * backup API is not; it also compacts the copy. An encrypted source's copy is encrypted with
 * the same key (SQLite3 Multiple Ciphers keys the target like the source). Its cost is paid
 * once per schema upgrade, while the window waits anyway. A byte copy (./copy-at-rest.ts)
 * could serve here too — while opening, no other connection writes — not switched yet.
 * Must not run inside a transaction.
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
