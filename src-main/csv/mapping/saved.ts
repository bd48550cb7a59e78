import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { mappingSchema, type ImportKind, type Mapping } from '../../../src-shared/ipc/channels/csv-import'

/** A source is recognised by its header row: the same export from the same shop system. */
export function sourceSignature(header: string[]): string {
  return createHash('sha256').update(JSON.stringify(header)).digest('hex').slice(0, 32)
}

export function loadSavedMapping(db: Database.Database, kind: ImportKind, header: string[]): Mapping | null {
  const row = db
    .prepare('SELECT mapping FROM import_mappings WHERE source = ? AND kind = ?')
    .get(sourceSignature(header), kind) as { mapping: string } | undefined
  if (!row) return null
  const parsed = mappingSchema.safeParse(JSON.parse(row.mapping))
  return parsed.success ? parsed.data : null
}

export function saveMapping(db: Database.Database, kind: ImportKind, header: string[], mapping: Mapping): void {
  db.prepare(
    `INSERT INTO import_mappings (source, kind, mapping) VALUES (?, ?, ?)
     ON CONFLICT (source, kind) DO UPDATE SET mapping = excluded.mapping, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(sourceSignature(header), kind, JSON.stringify(mapping))
}
