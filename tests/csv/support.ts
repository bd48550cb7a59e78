import { writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type Database from 'better-sqlite3'
import { importFile, type ImportRun } from '../../src-main/csv/import-file'
import { openDatabase } from '../../src-main/db'
import type { ImportSettings } from '../../src-shared/ipc/channels/csv-import'
import { makeTempDir } from '../support/temp-dir'

/** Runs the real pipeline on a file, committing unless `dryRun`. */
export function importCsv(db: Database.Database, file: string, settings: ImportSettings, extra: Partial<ImportRun> = {}) {
  return importFile(db, { file, fileName: basename(file), settings, dryRun: false, locale: 'en', ...extra })
}

/** Writes text (or bytes) to `dir/name` and returns the path. */
export function fileWith(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** A fingerprint of every business table, to prove a failed import changed nothing. */
export function snapshot(db: Database.Database): Record<string, number> {
  const tables = [
    'customers',
    'products',
    'orders',
    'order_lines',
    'deals',
    'tickets',
    'survey_responses',
    'imports',
    'import_changes',
  ]
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]))
}

/** A fresh migrated data file in a temp folder (no handler map: these tests need only the db). */
export function openCsvTestDb(): { db: Database.Database; dir: string; close(): void } {
  const { dir, cleanup } = makeTempDir('kehu-csv-')
  const { db } = openDatabase(join(dir, 'kehu.sqlite'), { create: true })
  return { db, dir, close: () => (db.close(), cleanup()) }
}
