import type { RfmSegment } from '../../../src-shared/domain/analytics'
import type { RfmRule, ScoreRange } from '../../../src-shared/domain/customer-groups'

export interface RfmScores {
  r: number
  f: number
  m: number
  /** Raw distinct orders: with rank-based quintiles, one-order customers spread over several f scores. */
  frequency: number
}

/**
 * The segments' rules, one table that both assigns customers (`rfmSegment`) and is shown on the
 * Marketing page in words, so the rule read is the rule applied. Every one of the 125 score
 * combinations meets exactly one rule (the tests walk them all). "New" uses the raw order count
 * because quintile ranks split tied one-order customers arbitrarily. Loyal is the one region
 * that is not a box: recent-enough frequent buyers who are not champions.
 */
export const RFM_RULES: readonly RfmRule[] = [
  { key: 'champions', r: [4, 5], f: [4, 5], m: [4, 5] },
  { key: 'loyal', r: [3, 5], f: [3, 5], unless: ['champions'] },
  { key: 'new', r: [4, 5], f: [1, 2], orders: 'one' },
  { key: 'promising', r: [4, 5], f: [1, 2], orders: 'several' },
  { key: 'needAttention', r: [3, 3], f: [1, 2] },
  { key: 'cantLose', r: [1, 2], f: [4, 5], m: [4, 5] },
  { key: 'atRisk', r: [1, 2], f: [3, 5], unless: ['cantLose'] },
  { key: 'hibernating', r: [1, 2], f: [1, 2] },
]

const within = (score: number, range?: ScoreRange): boolean => !range || (score >= range[0] && score <= range[1])

function meets(rule: RfmRule, s: RfmScores): boolean {
  if (!within(s.r, rule.r) || !within(s.f, rule.f) || !within(s.m, rule.m)) return false
  if (rule.orders === 'one' && s.frequency !== 1) return false
  if (rule.orders === 'several' && s.frequency === 1) return false
  return !rule.unless?.some((key) => meets(RFM_RULES.find((other) => other.key === key) as RfmRule, s))
}

/** The segment of one customer from their 1–5 scores: the one rule of `RFM_RULES` they meet. */
export function rfmSegment(scores: RfmScores): RfmSegment {
  const rule = RFM_RULES.find((candidate) => meets(candidate, scores))
  if (!rule) throw new Error(`no RFM rule for scores ${JSON.stringify(scores)}`)
  return rule.key
}
