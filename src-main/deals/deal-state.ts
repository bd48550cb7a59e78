import type { Stage } from './stages'

export type DealStatus = 'open' | 'won' | 'lost'

/** The columns of a deal that its stage and status decide. */
export interface DealState {
  stage_id: number
  status: DealStatus
  probability: number | null
  lost_reason: string | null
  closed_at: string | null
}

/** What a write asks for; absent fields follow the rules below. */
export interface DealStateChange {
  status?: DealStatus
  probability?: number | null
  lostReason?: string | null
}

/**
 * The deal rules in one place, for a new deal (`before` null), a move and an edit:
 * - a won or lost stage decides the status; moving to an open stage reopens the deal unless a
 *   status is given (a deal can be marked lost where it stalled);
 * - a closed deal (won or lost) has `closed_at`: the moment it closed, kept while it stays
 *   closed the same way, cleared when it reopens;
 * - probability follows the stage unless given (an edit that keeps the stage keeps it);
 * - a lost reason given is stored; otherwise only a deal that stays lost keeps its reason.
 */
export function nextDealState(before: DealState | null, stage: Stage, change: DealStateChange, at: string): DealState {
  const stays = before !== null && before.stage_id === stage.id
  const status: DealStatus = stage.kind !== 'open' ? stage.kind : (change.status ?? (stays ? before.status : 'open'))
  const closedBefore = before !== null && before.status === status ? before.closed_at : null
  const probability = change.probability !== undefined ? change.probability : stays ? before.probability : stage.probability
  const keptReason = status === 'lost' ? (before?.lost_reason ?? null) : null
  return {
    stage_id: stage.id,
    status,
    probability,
    lost_reason: change.lostReason !== undefined ? change.lostReason : keptReason,
    closed_at: status === 'open' ? null : (closedBefore ?? at),
  }
}
