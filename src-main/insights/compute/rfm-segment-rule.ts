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
 * combinations, with one order or several, meets exactly one rule (the tests walk them all).
 * The raw order count decides where one-order customers go: rank-based quintiles split tied
 * one-order customers over several f scores, so a one-order customer can score f = 3 — without
 * this they would be counted as loyal. Loyal takes f 4–5 only: in a shop where most customers buy
 * once, f 1–3 can hold every one-order customer, and repeat buyers with f 3 are then the
 * potential loyalists (recent) or need attention (r 3). The eleven segments are the usual RFM
 * set; "unless" makes the regions that are not boxes (loyal but not champions; r 1–2 and not at
 * risk or can't lose).
 */
export const RFM_RULES: readonly RfmRule[] = [
  { key: 'champions', r: [4, 5], f: [4, 5], m: [4, 5], orders: 'several' },
  { key: 'loyal', r: [3, 5], f: [4, 5], orders: 'several', unless: ['champions'] },
  { key: 'potentialLoyalist', r: [4, 5], f: [1, 3], orders: 'several' },
  { key: 'new', r: [5, 5], orders: 'one' },
  { key: 'promising', r: [4, 4], orders: 'one' },
  { key: 'needAttention', r: [3, 3], f: [1, 3], orders: 'several' },
  { key: 'aboutToSleep', r: [3, 3], orders: 'one' },
  { key: 'cantLose', r: [1, 2], f: [4, 5], m: [4, 5], orders: 'several' },
  { key: 'atRisk', r: [1, 2], f: [3, 5], orders: 'several', unless: ['cantLose'] },
  { key: 'hibernating', r: [2, 2], unless: ['cantLose', 'atRisk'] },
  { key: 'lost', r: [1, 1], unless: ['cantLose', 'atRisk'] },
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
