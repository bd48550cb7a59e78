import { createHash } from 'node:crypto'

/** One numbered schema step, bundled into the build from `./migrations/NNNN_name.sql`. */
export interface Migration {
  version: number
  name: string
  sql: string
  /** sha256 of the SQL with line endings normalised (a CRLF checkout must not look "changed"). */
  checksum: string
}

const FILE_NAME = /^(\d{4})_([a-z0-9][a-z0-9_]*)\.sql$/

// A migration runs inside the runner's transaction; its own BEGIN/COMMIT would end that
// transaction early and leave a half-applied step. Trigger bodies (`BEGIN ... END;`) are fine:
// only a BEGIN directly followed by `;` or a transaction keyword is a transaction statement.
const TRANSACTION_STATEMENT =
  /(^|;)\s*(BEGIN\s*(DEFERRED|IMMEDIATE|EXCLUSIVE)?\s*(TRANSACTION)?\s*;|COMMIT\b|END\s+TRANSACTION\b|ROLLBACK\s*(TRANSACTION)?\s*;)/i

/** sha256 hex of the SQL text, line endings normalised to LF. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n?/g, '\n')).digest('hex')
}

/**
 * Turns `{ path: sql }` into migrations sorted by version. Throws on a misnamed file, a
 * duplicate, a gap or a transaction statement: a silently skipped migration would be a
 * schema bug found only on a user's machine.
 */
export function parseMigrations(files: Record<string, string>): Migration[] {
  const migrations = Object.entries(files).map(([path, sql]): Migration => {
    const base = path.split(/[\\/]/).pop() ?? path
    const match = FILE_NAME.exec(base)
    if (!match) throw new Error(`Migration file name must be NNNN_name.sql: ${path}`)
    if (TRANSACTION_STATEMENT.test(stripComments(sql))) {
      throw new Error(`Migration ${base} must not contain BEGIN/COMMIT/ROLLBACK: the runner wraps it`)
    }
    return { version: Number(match[1]), name: match[2], sql, checksum: migrationChecksum(sql) }
  })
  migrations.sort((a, b) => a.version - b.version)
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      const problem = m.version === migrations[i - 1]?.version ? 'duplicate' : 'gap before'
      throw new Error(`Migration numbering: ${problem} version ${m.version} (${m.name})`)
    }
  })
  return migrations
}

function stripComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '')
}

let bundled: Migration[] | undefined

/**
 * The app's migrations. `import.meta.glob` inlines the files at build time (electron-vite,
 * vitest and vite-node all support it), so the packaged app needs no SQL files on disk.
 */
export function bundledMigrations(): Migration[] {
  bundled ??= parseMigrations(import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true }))
  return bundled
}

/** The newest schema version this build knows (0 when there are no migrations). */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0
}
