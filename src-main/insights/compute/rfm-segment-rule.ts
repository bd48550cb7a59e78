import type { RfmSegment } from '../../../src-shared/domain/analytics'

export interface RfmScores {
  r: number
  f: number
  m: number
  /** Raw distinct orders: with rank-based quintiles, one-order customers spread over several f scores. */
  frequency: number
}

/**
 * The segment of one customer from their 1–5 scores, first matching rule wins. Every one of
 * the 125 score combinations lands somewhere (the tests walk them all). "New" uses the raw
 * order count because quintile ranks split tied one-order customers arbitrarily.
 */
export function rfmSegment({ r, f, m, frequency }: RfmScores): RfmSegment {
  if (r >= 4 && f >= 4 && m >= 4) return 'champions'
  if (r >= 3 && f >= 3) return 'loyal'
  if (r >= 4 && frequency === 1) return 'new'
  if (r >= 4) return 'promising'
  if (r === 3) return 'needAttention'
  if (f >= 4 && m >= 4) return 'cantLose'
  if (f >= 3) return 'atRisk'
  return 'hibernating'
}
