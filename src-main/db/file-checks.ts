import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { AppError } from '../../src-shared/ipc/app-error'

// Every plain SQLite 3 database starts with these 16 bytes (https://sqlite.org/fileformat.html).
// An encrypted (SQLCipher) file starts with its random salt instead.
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')
const HEADER_SIZE = 100

/**
 * Checks an existing file with plain reads BEFORE SQLite sees it. This matters for a
 * 0-byte file: SQLite treats it as a new empty database and would write a schema into it,
 * silently replacing what was probably a lost data file. An `encrypted` file has no header to
 * check: its key decides (a wrong one is `db_key_wrong`, src-main/db/cipher.ts).
 */
export function assertLooksLikeSqlite(file: string, options: { encrypted?: boolean } = {}): void {
  const stat = statSync(file)
  if (!stat.isFile()) throw new AppError('db_not_sqlite', { file })
  if (stat.size === 0) throw new AppError('db_empty', { file })
  const header = readHeader(file)
  if (!options.encrypted && !hasSqliteHeader(header)) throw new AppError('db_not_sqlite', { file })
  if (header.length < HEADER_SIZE) {
    throw new AppError('db_corrupt', { file, detail: `truncated to ${stat.size} bytes` })
  }
}

/** True when `file` starts like a plain SQLite database (so it is not encrypted). */
export function hasPlainSqliteHeader(file: string): boolean {
  return hasSqliteHeader(readHeader(file))
}

function hasSqliteHeader(header: Buffer): boolean {
  return header.length >= SQLITE_HEADER.length && header.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)
}

function readHeader(file: string): Buffer {
  const header = Buffer.alloc(HEADER_SIZE)
  const fd = openSync(file, 'r')
  try {
    return header.subarray(0, readSync(fd, header, 0, HEADER_SIZE, 0))
  } finally {
    closeSync(fd)
  }
}
