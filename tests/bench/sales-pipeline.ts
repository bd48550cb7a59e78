import { performance } from 'node:perf_hooks'
import type { Backend } from '../../src-main/app/boot'
import type { ChannelInput, ChannelName } from '../../src-shared/ipc'
import type { BenchContext } from './context'
import { median, p95, round } from './measure'

const MOVES = 200

/**
 * The pipeline part of the `sales` group (issue 11, section 2), on the seeded shop's open deals:
 * - `sales.board.ms`: `deals.board` — every column's figures (count, sum, weighted sum of the
 *   whole column, in SQL) plus the first 30 cards of each — median of 10 runs after 2 warm-ups;
 * - `sales.move.p95_ms`: `deals.move` of an open deal to the next open stage (one transaction with
 *   its history, timeline entry and audit row), p95 of 200 moves after 5 warm-ups.
 */
export async function pipelineFigures(ctx: BenchContext, backend: Backend): Promise<Record<string, number>> {
  const { db } = backend
  const call = async <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<void> => {
    const result = await backend.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`)
  }
  const openDeals = db.prepare("SELECT count(*) FROM deals WHERE status = 'open' AND deleted_at IS NULL").pluck().get() as number

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

  const out = {
    'sales.open_deals': openDeals,
    'sales.board.ms': round(median(boardTimes)),
    'sales.move.p95_ms': round(p95(moveTimes)),
  }
  ctx.log(JSON.stringify(out))
  return out
}
