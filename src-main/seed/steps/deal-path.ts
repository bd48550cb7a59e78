import type { Stage } from '../../deals/stages'
import type { Rng } from '../random/seed-rng'

/**
 * The stages a deal went through, in order: always the first open stage, then onwards. Old
 * deals are mostly closed (won after the whole funnel, or lost from wherever they stalled);
 * young ones are mostly still open, more of them in the early stages. Returns stage rows.
 */
export function dealPath(rng: Rng, stages: readonly Stage[], ageDays: number): Stage[] {
  const open = stages.filter((s) => s.kind === 'open')
  const won = stages.find((s) => s.kind === 'won')
  const lost = stages.find((s) => s.kind === 'lost')
  if (open.length === 0) return [won ?? stages[0]]
  // How far it got: each further stage is reached by ~60% of those at the previous one.
  let reached = 1
  while (reached < open.length && rng.chance(0.6)) reached++
  const path = open.slice(0, reached)
  const closes = rng.chance(ageDays > 90 ? 0.9 : 0.2)
  if (!closes) return path
  if (won && reached === open.length && rng.chance(0.65)) return [...path, won]
  return lost ? [...path, lost] : path
}
