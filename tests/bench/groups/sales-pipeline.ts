/**
 * The pipeline board at scale (issue 11 §6), through the real handlers on a seeded shop with
 * 5,000 open deals in the default stages and ~1M order lines.
 * `sales.board.ms`: `deals.board` — every column's figures (count, sum, weighted sum of the
 * whole column, in SQL) plus the first 30 cards of each — median of 10 runs after 2 warm-ups.
 * `sales.move.p95_ms`: `deals.move` of an open deal to the next open stage (one transaction with
 * its history, timeline entry and audit row), p95 of 200 moves after 5 warm-ups.
 * (The file is named sales-pipeline so the orders and tasks parts can add their own sales groups.)
 */
import { ensureDefaultLostReasons } from '../../../src-main/deals/default-lost-reasons'
import { ensureDefaultPipelineStages } from '../../../src-main/deals/default-stages'
import { generateShop } from '../../../src-main/seed/generate-shop'
import type { ChannelInput, ChannelName } from '../../../src-shared/ipc'
import { openTestBackend } from '../../support/test-db'
import type { BenchContext } from '../context'
import { median, p95, round } from '../measure'

const CUSTOMERS = 100_000
const ORDERS = 330_000
const OPEN_DEALS = 5_000
const MOVES = 200

export default async function salesPipeline(ctx: BenchContext): Promise<Record<string, number>> {
  const backend = openTestBackend({ osLocale: 'zh-CN' })
  const { db } = backend
  ensureDefaultPipelineStages(db, 'zh-CN')
  ensureDefaultLostReasons(db, 'zh-CN')
  ctx.log(`seeding ${CUSTOMERS} customers, ${ORDERS} orders, ${OPEN_DEALS} open deals…`)
  generateShop(db, { customers: CUSTOMERS, orders: ORDERS, seed: 7, locale: 'zh-CN', openDeals: OPEN_DEALS })
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<void> => {
    const result = await backend.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`)
  }
  const openDeals = db.prepare("SELECT count(*) FROM deals WHERE status = 'open' AND deleted_at IS NULL").pluck().get() as number
  const lines = db.prepare('SELECT count(*) FROM order_lines').pluck().get() as number

  const boardTimes: number[] = []
  for (let i = 0; i < 12; i++) {
    const start = performance.now()
    await call('deals.board', { filter: {}, limit: 30 })
    if (i >= 2) boardTimes.push(performance.now() - start)
  }

  const stages = db
    .prepare("SELECT id FROM pipeline_stages WHERE kind = 'open' AND deleted_at IS NULL ORDER BY position")
    .pluck()
    .all() as number[]
  const deals = db
    .prepare("SELECT id, stage_id AS stageId FROM deals WHERE status = 'open' AND deleted_at IS NULL ORDER BY id LIMIT ?")
    .all(MOVES + 5) as { id: number; stageId: number }[]
  const moveTimes: number[] = []
  for (const [i, deal] of deals.entries()) {
    const toStageId = stages[(stages.indexOf(deal.stageId) + 1) % stages.length]
    const start = performance.now()
    await call('deals.move', { id: deal.id, fromStageId: deal.stageId, toStageId, afterId: null })
    if (i >= 5) moveTimes.push(performance.now() - start)
  }
  backend.close()

  const out = {
    'sales.open_deals': openDeals,
    'sales.order_lines': lines,
    'sales.board.ms': round(median(boardTimes)),
    'sales.move.p95_ms': round(p95(moveTimes)),
  }
  ctx.log(JSON.stringify(out))
  return out
}
