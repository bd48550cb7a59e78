import type Database from 'better-sqlite3'

/** Someone whose personal data must leave the log: their customer id and what identifies them. */
export interface ForgottenPerson {
  id: number
  /** Replaced in rows about them (a name alone is not unique: another customer may share it). */
  name: string
  /** Phone, email, WeChat id, address…: replaced in rows about them (and, when asked, anywhere). */
  contacts: readonly string[]
  /** Their records logged under other entities (`order` → order ids, `ticket` → …): rows about them. */
  records: Readonly<Record<string, readonly number[]>>
}

/** What replaces an identifier inside a kept row. */
export const SCRUBBED = '***'
const SCRUBBED_ROW = JSON.stringify({ scrubbed: true })
/** Log entities whose rows are the customer themselves (their record, their marketing consent): emptied whole. */
const OWN_ENTITIES = JSON.stringify(['customer', 'customer_consent'])
/** Shorter identifiers (a one-character name) would blot out unrelated text. */
const MIN_IDENTIFIER = 2
/** Contacts this long (a phone, an email) are specific enough to scrub from any row. */
const MIN_UNIQUE = 5

interface AuditJson {
  id: number
  before: string | null
  after: string | null
}

/**
 * Takes people's personal data out of the audit log's before/after while keeping each row's
 * what and when: their own rows (customer, consent) keep only `{"scrubbed":true}`; the rows of their
 * other records (orders, tickets, deals…) get their name and contacts replaced by `***`; with
 * `everywhere`, so does any row holding one of their contacts (one full scan per contact: for
 * a single erasure, not a bulk purge). Returns how many rows changed.
 */
export function scrubAudit(db: Database.Database, people: readonly ForgottenPerson[], everywhere = false): number {
  if (people.length === 0) return 0
  let changed = db
    .prepare(
      `UPDATE audit_log SET before = NULL, after = ?
       WHERE entity IN (SELECT value FROM json_each(?)) AND entity_id IN (SELECT value FROM json_each(?))
         AND after IS NOT ?`,
    )
    .run(SCRUBBED_ROW, OWN_ENTITIES, JSON.stringify(people.map((p) => p.id)), SCRUBBED_ROW).changes
  const update = db.prepare('UPDATE audit_log SET before = ?, after = ? WHERE id = ?')
  const ofRecords = db.prepare(
    `SELECT id, before, after FROM audit_log WHERE entity = ? AND entity_id IN (SELECT value FROM json_each(?))`,
  )
  const holding = db.prepare(
    `SELECT id, before, after FROM audit_log
     WHERE entity NOT IN (SELECT value FROM json_each(?)) AND (instr(coalesce(before, ''), ?) > 0 OR instr(coalesce(after, ''), ?) > 0)`,
  )
  const rewrite = (row: AuditJson, words: readonly string[]): void => {
    const before = scrubJson(row.before, words)
    const after = scrubJson(row.after, words)
    if (before === row.before && after === row.after) return
    update.run(before, after, row.id)
    changed++
  }
  for (const person of people) {
    const words = [person.name, ...person.contacts]
    for (const [entity, ids] of Object.entries(person.records)) {
      if (ids.length === 0) continue
      for (const row of ofRecords.all(entity, JSON.stringify(ids)) as AuditJson[]) rewrite(row, words)
    }
    if (!everywhere) continue
    for (const contact of person.contacts.filter((c) => c.trim().length >= MIN_UNIQUE)) {
      for (const row of holding.all(OWN_ENTITIES, contact, contact) as AuditJson[]) rewrite(row, person.contacts)
    }
  }
  return changed
}

/** Replaces every identifier inside the JSON's strings (keys stay), keeping the structure. */
export function scrubJson(json: string | null, words: readonly string[]): string | null {
  if (json === null) return null
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') return scrubText(value, words)
    if (Array.isArray(value)) return value.map(scrub)
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)]))
  }
  const parsed: unknown = JSON.parse(json)
  const result = JSON.stringify(scrub(parsed))
  return result === JSON.stringify(parsed) ? json : result
}

/** The text with every identifier (longest first, so a phone beats its own digits) replaced. */
export function scrubText(text: string, words: readonly string[]): string {
  return [...words]
    .filter((w) => w.trim().length >= MIN_IDENTIFIER)
    .sort((a, b) => b.length - a.length)
    .reduce((out, word) => out.split(word).join(SCRUBBED), text)
}
