import { describe, expect, it } from 'vitest'
import { bundledMigrations } from '../../src-main/db'
import { useFreshDatabase } from '../support/fresh-database'

// The real schema from src-main/db/migrations/. A change to the schema shows up as a diff of
// the committed snapshot; update it deliberately with `vitest -u` when adding a migration.

const fresh = useFreshDatabase()

/** `sqlite_schema` as text: one object per entry, whitespace collapsed, stable order. */
function schemaText(): string {
  const rows = fresh.current.db
    .prepare(`SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name`)
    .all() as { type: string; name: string; tbl_name: string; sql: string }[]
  const objects = rows.map((r) => `-- ${r.type} ${r.name} (on ${r.tbl_name})\n${normalise(r.sql)};`)
  return `-- Kehu schema at version ${fresh.current.version}\n\n${objects.join('\n\n')}\n`
}

function normalise(sql: string): string {
  return sql
    .replace(/--[^\n]*/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .trim()
}

describe('bundled schema', () => {
  it('applies every bundled migration', () => {
    expect(bundledMigrations().length).toBeGreaterThan(0)
    expect(fresh.current.version).toBe(bundledMigrations().length)
    expect(fresh.current.db.pragma('foreign_key_check')).toEqual([])
    expect(fresh.current.db.pragma('quick_check', { simple: true })).toBe('ok')
  })

  it('matches the committed schema snapshot', async () => {
    await expect(schemaText()).toMatchFileSnapshot('__snapshots__/schema.sql')
  })

  it('pins the checksum of every released migration', async () => {
    // Editing an applied migration makes openDatabase refuse existing files
    // (db_migration_changed). This snapshot makes such an edit a visible, reviewed change.
    const pins = bundledMigrations().map((m) => `${String(m.version).padStart(4, '0')}_${m.name}.sql ${m.checksum}`)
    await expect(`${pins.join('\n')}\n`).toMatchFileSnapshot('__snapshots__/migration-checksums.txt')
  })
})
