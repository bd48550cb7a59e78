import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { AppError } from '../../src-shared/ipc/app-error'

// Every SQLite 3 database starts with these 16 bytes (https://sqlite.org/fileformat.html).
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1')
const HEADER_SIZE = 100

/**
 * Checks an existing file with plain reads BEFORE SQLite sees it. This matters for a
 * 0-byte file: SQLite treats it as a new empty database and would write a schema into it,
 * silently replacing what was probably a lost data file.
 */
export function assertLooksLikeSqlite(file: string): void {
  const stat = statSync(file)
  if (!stat.isFile()) throw new AppError('db_not_sqlite', { file })
  if (stat.size === 0) throw new AppError('db_empty', { file })

  const header = Buffer.alloc(HEADER_SIZE)
  const fd = openSync(file, 'r')
  let read: number
  try {
    read = readSync(fd, header, 0, HEADER_SIZE, 0)
  } finally {
    closeSync(fd)
  }
  if (read < SQLITE_HEADER.length || !header.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) {
    throw new AppError('db_not_sqlite', { file })
  }
  if (read < HEADER_SIZE) {
    throw new AppError('db_corrupt', { file, detail: `truncated to ${stat.size} bytes` })
  }
}
