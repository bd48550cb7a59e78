import type Database from 'better-sqlite3'
import type { FunnelResult } from '../../../src-shared/domain/analytics'
import { funnel } from '../../analytics'
import { makeBasis } from '../lib/basis'
import { funnelReach } from '../sql/funnel-reach'

/** Stage-by-stage reach, conversion and drop-off; the bottleneck is the stage entry losing most. */
export function computeFunnel(db: Database.Database): FunnelResult {
  const { stages, deals, from, to } = funnelReach(db)
  const reached = stages.map((s) => s.reached)
  // The engine needs two steps and someone entering; otherwise there is nothing to convert.
  const steps = stages.length >= 2 && reached[0] > 0 ? funnel(reached) : null
  let bottleneck: number | null = null
  let worstDrop = 0
  steps?.dropOff.forEach((drop, i) => {
    if (drop > worstDrop) [worstDrop, bottleneck] = [drop, stages[i + 1].stageId]
  })
  return {
    stages: stages.map((s, i) => ({
      ...s,
      conversion: steps && i > 0 ? steps.stepConversion[i - 1] : null,
      dropOff: steps && i > 0 ? steps.dropOff[i - 1] : null,
    })),
    overall: steps ? steps.overall : null,
    bottleneckStageId: bottleneck,
    basis: makeBasis('deals', deals, from, to),
  }
}
