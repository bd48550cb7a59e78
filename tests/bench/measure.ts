import { performance } from 'node:perf_hooks'

/** Wall time of one call, in milliseconds. */
export function timeMs(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

/** Runs `fn` `runs` times after `warmup` untimed calls; returns all timings in ms. */
export function sample(fn: (i: number) => unknown, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn(i)
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push(timeMs(() => fn(i)))
  return times
}

/** The q-quantile (0..1) by nearest rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank]
}

export const p95 = (values: number[]): number => quantile(values, 0.95)
export const median = (values: number[]): number => quantile(values, 0.5)

/** Rounds for readable JSON without losing meaningful precision. */
export const round = (n: number, digits = 2): number => Number(n.toFixed(digits))
