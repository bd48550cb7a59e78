import type Database from 'better-sqlite3'
import { deferSearchIndex } from '../../src-main/customers/deferred-search-index'
import { nameKeys } from '../../src-main/customers/search-keys'
import { openDatabase } from '../../src-main/db'
import { writeTransaction } from '../../src-main/db/transaction'
import type { CustomerInput } from '../../src-shared/domain/customer'
import { normalizeEmail } from '../../src-shared/domain/email'
import { normalizePhone } from '../../src-shared/domain/phone'
import { timeMs } from './measure'

/**
 * Two reference rates for `customers.insert.rowsPerSec`, both fed the same rows with every
 * derived column (phone_norm, email_norm, pinyin keys) computed BEFORE the clock starts:
 *
 * - `insertCeiling`: prepared positional INSERTs into the real `customers` table of a fresh
 *   Kehu file (its 14 indexes, CHECKs, uid default) plus its FTS5 trigram index filled the
 *   cheapest way SQLite allows (one INSERT … SELECT at the end, migration 0003). This is what
 *   SQLite itself can do for our schema, so the "at least half the ceiling" target is judged
 *   against it: the gap to it is exactly the cost our data layer adds (deriving columns,
 *   building parameters, statement lookup).
 * - `insertBareTable`: the same values into a customers-shaped table without indexes or FTS.
 *   The distance between the two is the price of the schema (sorting and search indexes),
 *   not of our code; it is reported so that price stays visible.
 */
type Row = (string | null)[]

function precompute(rows: CustomerInput[]): Row[] {
  return rows.map((c) => {
    const keys = nameKeys(c.name)
    const phone = c.phone ?? null
    const email = c.email ?? null
    return [
      c.name,
      phone,
      phone === null ? null : normalizePhone(phone),
      email,
      email === null ? null : normalizeEmail(email),
      c.city ?? null,
      c.source ?? null,
      c.notes ?? '',
      keys.namePinyin,
      keys.nameInitials,
      keys.sortKey,
    ]
  })
}

/** Rows per second into the real customers table, search index included. */
export function insertCeiling(file: string, rows: CustomerInput[]): number {
  const values = precompute(rows)
  const { db } = openDatabase(file, { create: true })
  try {
    const insert = db.prepare(`INSERT INTO customers (name, phone, phone_norm, email, email_norm, city, source, notes,
      name_pinyin, name_initials, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    const ms = timeMs(() =>
      writeTransaction(db, () => {
        const index = deferSearchIndex(db)
        for (const row of values) insert.run(row)
        index.finish()
      }),
    )
    return (rows.length / ms) * 1000
  } finally {
    db.close()
  }
}

/** Rows per second into a customers-shaped table with no index, trigger or FTS. */
export function insertBareTable(db: Database.Database, rows: CustomerInput[]): number {
  const values = precompute(rows)
  db.exec(`CREATE TABLE bare_customers (id INTEGER PRIMARY KEY, name TEXT, phone TEXT, phone_norm TEXT, email TEXT,
    email_norm TEXT, city TEXT, source TEXT, notes TEXT, name_pinyin TEXT, name_initials TEXT, sort_key TEXT)`)
  const insert = db.prepare('INSERT INTO bare_customers VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const ms = timeMs(() => writeTransaction(db, () => values.forEach((row) => insert.run(row))))
  db.exec('DROP TABLE bare_customers')
  return (rows.length / ms) * 1000
}
