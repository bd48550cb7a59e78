import type Database from 'better-sqlite3'
import type { Locale } from '../../src-shared/i18n/locales'
import type { ShopCalendar } from './calendar/shop-calendar'
import type { Rng } from './random/seed-rng'
import type { Bilingual } from './vocab/bilingual'

/** Rows written per table. */
export type SeedSummary = Record<SeededTable, number>

export type SeededTable =
  | 'customers'
  | 'tags'
  | 'customer_tags'
  | 'products'
  | 'campaigns'
  | 'campaign_members'
  | 'orders'
  | 'order_lines'
  | 'order_refunds'
  | 'order_refund_lines'
  | 'pipeline_stages'
  | 'deals'
  | 'deal_stage_history'
  | 'lost_reasons'
  | 'activities'
  | 'tasks'
  | 'task_reminder_deliveries'
  | 'tickets'
  | 'ticket_events'
  | 'survey_requests'
  | 'survey_responses'

/** What every generation step shares. */
export interface SeedContext {
  db: Database.Database
  locale: Locale
  calendar: ShopCalendar
  /** An independent random stream for one step (see `createSeedRng`). */
  rng(stream: string): Rng
  /** A deterministic uid for a row created at `ms`. */
  uid(ms: number): string
  /** The demo text in the chosen language. */
  say(text: Bilingual): string
  /** Records rows written and reports progress. */
  wrote(table: SeededTable, rows: number): void
}

/** An ISO-8601 UTC timestamp as the schema stores it (`…T08:30:00.000Z`). */
export const iso = (ms: number): string => new Date(ms).toISOString()

/** `YYYY-MM-DD` of an instant. */
export const isoDate = (ms: number): string => iso(ms).slice(0, 10)
