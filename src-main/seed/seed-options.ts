import { z } from 'zod'
import { LOCALES } from '../../src-shared/i18n/locales'

/**
 * What `generateShop` accepts. Limits keep a typo (`--customers 1e9`) from filling the disk;
 * the largest sizes are well beyond what the benchmarks use.
 */
export const seedOptionsSchema = z.strictObject({
  customers: z.int().min(0).max(2_000_000),
  orders: z.int().min(0).max(10_000_000),
  /** Service tickets, about orders of known customers; default about 3 per 100 orders. */
  tickets: z.int().min(0).max(1_000_000).optional(),
  seed: z.int().min(0).max(0xffffffff).default(42),
  locale: z.enum(LOCALES).default('zh-CN'),
  /** The UTC day that ends the history (`YYYY-MM-DD`); defaults to today, so data looks current. */
  asOf: z.iso.date().optional(),
  /**
   * At least this many deals still open at the end (the pipeline board's scale: 5,000). More
   * deals are generated, closed ones in their usual share, until this many are open.
   */
  openDeals: z.int().min(0).max(100_000).optional(),
})

export type SeedOptionsInput = z.input<typeof seedOptionsSchema>
export type SeedOptions = z.output<typeof seedOptionsSchema>
