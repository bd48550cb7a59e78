import { join } from 'node:path'
import { openDatabase } from '../../../src-main/db'
import { computeAnalysesInline } from '../../../src-main/marketing/segments/analyses'
import { countSegment } from '../../../src-main/marketing/segments/evaluate'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { segmentDefinition, type SegmentDefinition } from '../../../src-shared/domain/segment'
import type { BenchContext } from '../context'
import { campaignRoiFigures } from '../marketing-campaigns'
import { median, p95, round, sample } from '../measure'
import { targetExportFigure } from '../marketing-target-export'

/** The seeded demo shop of the sales and insights groups: 100,000 customers, ~1,000,000 order lines. */
const CUSTOMERS = 100_000
const ORDERS = 330_000
const RUNS_EACH = 6

/**
 * The marketing module's figures (issue 14, section 5). Each module appends its own.
 * - `marketing.segmentCount.p95_ms`: the live count of a mixed set of three-filter segments
 *   (purchase figures, products and categories, tags, city, source, dates, lifecycle, RFM,
 *   churn band, cluster, campaign), warm, with the analyses already computed as the results
 *   cache holds them (their own cost is the insights group's `*Labels_ms`).
 * - `marketing.campaignRoi.ms`: every campaign's figures (tests/bench/marketing-campaigns.ts).
 */
export default async function marketing(ctx: BenchContext): Promise<Record<string, number>> {
  const { db } = openDatabase(join(ctx.tmpDir, 'marketing.sqlite'), { create: true })
  ctx.log(`seeding ${CUSTOMERS} customers, ${ORDERS} orders…`)
  generateShop(db, { customers: CUSTOMERS, orders: ORDERS, seed: 7 })
  db.pragma('optimize')
  const pick = (sql: string): unknown => db.prepare(sql).pluck().get()
  const tag = pick('SELECT tag_id FROM customer_tags GROUP BY tag_id ORDER BY count(*) DESC LIMIT 1')
  const city = pick('SELECT city FROM customers WHERE city IS NOT NULL GROUP BY city ORDER BY count(*) DESC LIMIT 1')
  const source = pick('SELECT source FROM customers WHERE source IS NOT NULL LIMIT 1')
  const category = pick('SELECT category FROM products WHERE category IS NOT NULL LIMIT 1')
  const product = pick('SELECT product_id FROM order_lines WHERE product_id IS NOT NULL LIMIT 1')
  const campaign = pick('SELECT campaign_id FROM campaign_members LIMIT 1')
  const all = (...rules: unknown[]): SegmentDefinition =>
    segmentDefinition.parse({ match: 'all', groups: [{ match: 'all', rules }] })
  const any = (...rules: unknown[]): SegmentDefinition =>
    segmentDefinition.parse({ match: 'any', groups: rules.map((r) => ({ match: 'all', rules: [r] })) })
  const definitions = [
    all(
      { kind: 'lastPurchase', op: 'moreThanDaysAgo', days: 90 },
      { kind: 'totalSpend', min: 50_000 },
      { kind: 'tags', op: 'any', tagIds: [tag] },
    ),
    all({ kind: 'city', values: [city] }, { kind: 'orderCount', min: 3 }, { kind: 'bought', target: { category }, when: 'ever' }),
    all(
      { kind: 'rfm', segments: ['atRisk', 'cantLose'] },
      { kind: 'lifecycle', stages: ['lapsed', 'atRisk'] },
      { kind: 'source', values: [source] },
    ),
    any({ kind: 'neverBought' }, { kind: 'created', from: '2025-01-01' }, { kind: 'tags', op: 'none', tagIds: [tag] }),
    all(
      { kind: 'bought', target: { productId: product }, when: { withinDays: 365 } },
      { kind: 'averageOrderValue', max: 30_000 },
      { kind: 'churnRisk', bands: ['high', 'medium'] },
    ),
    all(
      { kind: 'campaign', campaignId: campaign, response: 'member' },
      { kind: 'lastPurchase', op: 'withinDays', days: 180 },
      { kind: 'cluster', k: 4, clusters: [0, 1] },
    ),
  ]
  ctx.log('computing the analyses once (the results cache’s part)…')
  const analyses = computeAnalysesInline(db, { rfm: true, churn: 'required', clusterKs: [4] })
  const times = sample(
    (i) => countSegment(db, definitions[i % definitions.length], analyses),
    RUNS_EACH * definitions.length,
    definitions.length,
  )
  const out = {
    'marketing.segmentCount.p95_ms': round(p95(times)),
    'marketing.segmentCount.median_ms': round(median(times)),
    ...campaignRoiFigures(db),
  }
  ctx.log(JSON.stringify(out))
  const targetExport = await targetExportFigure(ctx, db)
  db.close()
  return { ...out, ...targetExport }
}
