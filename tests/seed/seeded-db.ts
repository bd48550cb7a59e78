import type Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { openDatabase } from '../../src-main/db'
import { generateShop, type GenerateShopOptions, type SeedSummary } from '../../src-main/seed/generate-shop'
import { makeTempDir } from '../support/temp-dir'

/** A fresh migrated data file in a temp folder, filled by the real generator. */
export function seededDb(options: GenerateShopOptions): { db: Database.Database; summary: SeedSummary; close(): void } {
  const { dir, cleanup } = makeTempDir('kehu-seed-')
  const { db } = openDatabase(`${dir}/kehu.sqlite`, { create: true })
  const summary = generateShop(db, options)
  return { db, summary, close: () => (db.close(), cleanup()) }
}

/** sha256 over every row of `tables` in id order, every column included (uids and timestamps too). */
export function contentHash(db: Database.Database, tables: readonly string[]): string {
  const hash = createHash('sha256')
  for (const table of tables) {
    hash.update(`#${table}\n`)
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw().iterate()) hash.update(`${JSON.stringify(row)}\n`)
  }
  return hash.digest('hex')
}
