import { assertFiniteArray } from './validate'

/** Net Promoter Score from 0–10 answers: % promoters (9–10) − % detractors (0–6). */
export function nps(scores: number[]): number {
  assertFiniteArray('scores', scores)
  let promoters = 0
  let detractors = 0
  scores.forEach((s, i) => {
    if (!Number.isInteger(s) || s < 0 || s > 10) throw new Error(`scores[${i}] must be an integer 0–10, got ${s}`)
    if (s >= 9) promoters++
    else if (s <= 6) detractors++
  })
  return ((promoters - detractors) / scores.length) * 100
}

/** Customer satisfaction: percent of answers that are 4 or 5 on a 1–5 scale. */
export function csat(scores: number[]): number {
  assertFiniteArray('scores', scores)
  let satisfied = 0
  scores.forEach((s, i) => {
    if (!Number.isInteger(s) || s < 1 || s > 5) throw new Error(`scores[${i}] must be an integer 1–5, got ${s}`)
    if (s >= 4) satisfied++
  })
  return (satisfied / scores.length) * 100
}

export interface Funnel {
  /** reached[i+1] / reached[i] as a fraction (0 when reached[i] is 0). */
  stepConversion: number[]
  /** 1 − stepConversion[i]. */
  dropOff: number[]
  /** last / first as a fraction. */
  overall: number
}

/** Conversion through ordered funnel steps, given how many reached each step. */
export function funnel(reached: number[]): Funnel {
  assertFiniteArray('reached', reached, 2)
  reached.forEach((r, i) => {
    if (r < 0) throw new Error(`reached[${i}] is negative (${r})`)
  })
  if (reached[0] === 0) throw new Error('reached[0] is 0: nobody entered the funnel')
  const stepConversion: number[] = []
  for (let i = 0; i + 1 < reached.length; i++) {
    stepConversion.push(reached[i] === 0 ? 0 : reached[i + 1] / reached[i])
  }
  return {
    stepConversion,
    dropOff: stepConversion.map((c) => 1 - c),
    overall: reached[reached.length - 1] / reached[0],
  }
}

/** Return on investment as a fraction: (revenue − cost) / cost. */
export function roi(revenue: number, cost: number): number {
  assertFiniteArray('revenue', [revenue])
  assertFiniteArray('cost', [cost])
  if (cost <= 0) throw new Error(`cost must be positive, got ${cost}`)
  return (revenue - cost) / cost
}
