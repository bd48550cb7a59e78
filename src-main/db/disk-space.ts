import { statfsSync, statSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'

const MB = 1024 * 1024

/** True for a write that failed because the disk (or the file's size limit) is full. */
export function isDiskFull(error: unknown): boolean {
  if (error instanceof Database.SqliteError) return error.code === 'SQLITE_FULL'
  const code = (error as NodeJS.ErrnoException | null)?.code
  return code === 'ENOSPC' || code === 'EDQUOT'
}

/** Free bytes on the disk holding `path` (for the current user), or null when the system cannot say. */
export function freeBytes(path: string): number | null {
  try {
    const stats = statfsSync(dirname(path))
    return stats.bavail * stats.bsize
  } catch {
    return null
  }
}

/** The size of the data file's write-ahead log: what an unfinished transaction has written so far. */
export function walBytes(dataFile: string): number {
  try {
    return statSync(`${dataFile}-wal`).size
  } catch {
    return 0
  }
}

/**
 * `disk_full`, saying how much more space `needed` (bytes in all, an estimate) asks for beyond
 * what is free, and that nothing was changed (the transaction rolled back, or the export's
 * temporary file was removed). At least 1 MB: SQLite and the file system need some room.
 */
export function diskFullError(target: string, needed: number): AppError {
  const free = freeBytes(target)
  const more = Math.max(MB, needed - (free ?? 0))
  return new AppError('disk_full', {
    file: basename(target),
    needed: formatBytes(more),
    free: free === null ? '?' : formatBytes(free),
  })
}

/** 1.5 MB, 820 KB, 2.1 GB: the same in both languages. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`
}
