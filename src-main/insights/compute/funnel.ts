import type Database from 'better-sqlite3'
import type { FunnelResult } from '../../../src-shared/domain/analytics'
import type { FunnelInput } from '../../../src-shared/ipc/channels/analytics'
import { funnel } from '../../analytics'
import { makeBasis } from '../lib/basis'
import { quantile } from '../lib/quantile'
import { funnelReach } from '../sql/funnel-reach'

/**
 * Stage-by-stage reach, conversion, drop-off and median time in stage for the deals created in
 * the range; the bottleneck is the stage entry losing the largest share, the slowest stage the
 * one with the longest median stay.
 */
export function computeFunnel(db: Database.Database, range: FunnelInput = {}): FunnelResult {
  const { stages, deals, from, to } = funnelReach(db, range)
  const reached = stages.map((s) => s.reached)
  // The engine needs two steps and someone entering; otherwise there is nothing to convert.
  const steps = stages.length >= 2 && reached[0] > 0 ? funnel(reached) : null
  let bottleneck: number | null = null
  let worstDrop = 0
  steps?.dropOff.forEach((drop, i) => {
    if (drop > worstDrop) [worstDrop, bottleneck] = [drop, stages[i + 1].stageId]
  })
  const medians = stages.map((s) => quantile(Float64Array.from(s.stays), 0.5))
  let slowest: number | null = null
  let longest = -1
  medians.forEach((median, i) => {
    if (median !== null && median > longest) [longest, slowest] = [median, stages[i].stageId]
  })
  return {
    stages: stages.map(({ stays, ...s }, i) => ({
      ...s,
      conversion: steps && i > 0 ? steps.stepConversion[i - 1] : null,
      dropOff: steps && i > 0 ? steps.dropOff[i - 1] : null,
      medianDays: medians[i],
      timedStays: stays.length,
    })),
    overall: steps ? steps.overall : null,
    bottleneckStageId: bottleneck,
    slowestStageId: slowest,
    range: { from: range.from ?? null, to: range.to ?? null },
    basis: makeBasis('deals', deals, from, to),
  }
}
