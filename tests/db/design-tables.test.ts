import { describe, expect, it } from 'vitest'
import { useFreshDatabase } from '../support/fresh-database'

// Tables named in /work/shared/DESIGN.md "Data model", and what each must reference.
const DESIGN_TABLES: Record<string, string[]> = {
  customers: [],
  tags: [],
  customer_tags: ['customers', 'tags'],
  products: [],
  orders: ['customers'],
  order_lines: ['orders', 'products'],
  pipeline_stages: [],
  deals: ['customers', 'pipeline_stages'],
  deal_stage_history: ['deals'],
  activities: ['customers'],
  tasks: ['customers'],
  tickets: ['customers'],
  survey_responses: ['customers'],
  campaigns: [],
  campaign_members: ['campaigns', 'customers'],
  segments: [],
  imports: [],
  import_changes: ['imports'],
  audit_log: [],
  settings: [],
  customers_fts: [],
}

const fresh = useFreshDatabase()

describe('DESIGN.md data model', () => {
  it('has every table', () => {
    const tables = fresh.current.db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all()
    expect(tables).toEqual(expect.arrayContaining(Object.keys(DESIGN_TABLES)))
  })

  it.each(Object.entries(DESIGN_TABLES).filter(([, refs]) => refs.length > 0))(
    '%s declares foreign keys to %j',
    (table, refs) => {
      const parents = (fresh.current.db.pragma(`foreign_key_list(${table})`) as { table: string }[]).map((fk) => fk.table)
      expect(parents).toEqual(expect.arrayContaining(refs))
    },
  )

  it('enforces foreign keys on the opened connection', () => {
    expect(fresh.current.db.pragma('foreign_keys', { simple: true })).toBe(1)
    const columns = (fresh.current.db.pragma('table_info(customer_tags)') as { name: string }[]).map((c) => c.name)
    expect(columns).toEqual(expect.arrayContaining(['customer_id', 'tag_id']))
    expect(() =>
      fresh.current.db.prepare('INSERT INTO customer_tags (customer_id, tag_id) VALUES (987654, 987654)').run(),
    ).toThrow(/FOREIGN KEY constraint failed/)
  })
})
