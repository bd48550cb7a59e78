import type Database from 'better-sqlite3'
import { writeTransaction } from '../db/transaction'
import { DAY_MS } from './calendar/festivals'
import { createShopCalendar } from './calendar/shop-calendar'
import { createSeedRng } from './random/seed-rng'
import { type SeedContext, type SeedSummary, type SeededTable } from './seed-context'
import { seedOptionsSchema, type SeedOptionsInput } from './seed-options'
import { seededUid } from './seed-uid'
import { generateActivities } from './steps/activities'
import { generateCampaignMembers } from './steps/campaign-members'
import { generateCampaigns } from './steps/campaigns'
import { generateCustomers } from './steps/customers'
import { generateDeals } from './steps/deals'
import { planOrders } from './steps/order-plan'
import { generateOrders } from './steps/orders'
import { generateProducts } from './steps/products'
import { generateReversals } from './steps/reversals'
import { generateSurveys } from './steps/surveys'
import { generateTasks } from './steps/tasks'
import { generateTickets } from './steps/tickets'
import { say } from './vocab/bilingual'

export type { SeedSummary } from './seed-context'

export interface GenerateShopOptions extends SeedOptionsInput {
  /** Called as customers and orders are written (`done` of `total` rows of those two tables). */
  onProgress?: (done: number, total: number) => void
}

const TABLES: readonly SeededTable[] = [
  'customers',
  'tags',
  'customer_tags',
  'products',
  'campaigns',
  'campaign_members',
  'orders',
  'order_lines',
  'order_refunds',
  'order_refund_lines',
  'pipeline_stages',
  'deals',
  'deal_stage_history',
  'lost_reasons',
  'activities',
  'tasks',
  'task_reminder_deliveries',
  'tickets',
  'ticket_events',
  'survey_requests',
  'survey_responses',
]

/**
 * Fills an empty Kehu database with a realistic, deterministic small shop: the same options
 * (seed, sizes, locale, asOf) give the same rows, uids and timestamps included. Everything is
 * one transaction, so a failure leaves the database as it was. Refuses a database that
 * already has customers, products or orders (the demo would mix with real data).
 */
export function generateShop(db: Database.Database, options: GenerateShopOptions): SeedSummary {
  const { onProgress, ...rest } = options
  const opts = seedOptionsSchema.parse(rest)
  const asOfMs = opts.asOf === undefined ? Math.floor(Date.now() / DAY_MS) * DAY_MS : Date.parse(`${opts.asOf}T00:00:00Z`)
  const summary = Object.fromEntries(TABLES.map((t) => [t, 0])) as SeedSummary
  const progressTotal = opts.customers + opts.orders
  let progress = 0
  const uidRng = createSeedRng(opts.seed, 'uid')
  const ctx: SeedContext = {
    db,
    locale: opts.locale,
    calendar: createShopCalendar(asOfMs, opts.locale === 'zh-CN' ? 8 : 0),
    rng: (stream) => createSeedRng(opts.seed, stream),
    uid: (ms) => seededUid(ms, uidRng),
    say: (text) => say(opts.locale, text),
    wrote: (table, rows) => {
      summary[table] += rows
      if (rows === 0 || (table !== 'customers' && table !== 'orders')) return
      progress += rows
      onProgress?.(progress, progressTotal)
    },
  }
  writeTransaction(db, () => {
    assertEmpty(db)
    const customers = generateCustomers(ctx, opts.customers)
    const catalog = generateProducts(ctx)
    const campaigns = generateCampaigns(ctx, customers)
    const orders = generateOrders(ctx, planOrders(ctx, customers, campaigns, opts.orders), customers, catalog, campaigns)
    generateReversals(ctx, orders)
    generateCampaignMembers(ctx, campaigns, customers, orders)
    const deals = generateDeals(ctx, customers, opts.openDeals)
    generateActivities(ctx, customers, deals)
    generateTasks(ctx, customers, deals)
    generateSurveys(ctx, customers, generateTickets(ctx, customers, orders, opts.tickets))
  })
  return summary
}

function assertEmpty(db: Database.Database): void {
  for (const table of ['customers', 'products', 'orders']) {
    if (db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() !== undefined) {
      throw new Error(`The database already has ${table}; the demo shop is only generated into an empty database.`)
    }
  }
}
