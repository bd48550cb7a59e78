import Database from 'better-sqlite3'

// SQLite result codes that mean "the bytes are damaged", as better-sqlite3 reports them.
const CORRUPTION_CODES = /^SQLITE_(CORRUPT|NOTADB)/

/**
 * SQLite's `quick_check`: reads every page (O(size)) but skips the index-vs-table cross checks
 * of integrity_check; it catches torn and overwritten pages. Returns the first problem, or
 * null for a sound file. 144 MB took 0.36–0.54 s here, which is why the app runs it off the
 * main thread after opening (see ./README section in ../README.md).
 */
export function firstIntegrityProblem(db: Database.Database): string | null {
  const result = db.pragma('quick_check(1)', { simple: true }) as string
  return result === 'ok' ? null : result
}

/** True for an error SQLite raised because the file is damaged. */
export function isCorruptionError(error: unknown): error is Error {
  return error instanceof Database.SqliteError && CORRUPTION_CODES.test(error.code)
}
