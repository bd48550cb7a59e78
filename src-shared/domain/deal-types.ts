/**
 * What the deals and pipeline channels answer. Money is integer minor units; instants are
 * stored UTC ISO text; days are local calendar days `YYYY-MM-DD`.
 */

export const STAGE_KINDS = ['open', 'won', 'lost'] as const
export type StageKind = (typeof STAGE_KINDS)[number]
export type DealStatus = StageKind
/** A deal's status is the kind of the stage it sits in. */
export const DEAL_STATUSES = STAGE_KINDS

/** A pipeline stage as Settings edits it. */
export interface PipelineStage {
  id: number
  name: string
  kind: StageKind
  /** 0…1. */
  probability: number
  /** Days in the stage before an open deal is stale; null: never. */
  staleDays: number | null
  position: number
  /** Live deals in the stage (any status): a stage holding deals cannot simply be deleted. */
  deals: number
  updatedAt: string
}

export interface LostReason {
  id: number
  label: string
  position: number
}

/** The earliest open task of a deal: its next follow-up. */
export interface NextTask {
  id: number
  title: string
  dueAt: string | null
  /** The local day an all-day task is due (then `dueAt` is null). */
  dueDate: string | null
}

/** One card on the board. */
export interface DealCard {
  id: number
  title: string
  value: number
  /** value × probability, rounded once (deal-weight.ts). */
  weighted: number
  probability: number
  stageId: number
  status: DealStatus
  customerId: number | null
  customerName: string | null
  expectedClose: string | null
  /** When it entered its current stage. */
  stageEnteredAt: string
  /** Whole days since then. */
  daysInStage: number
  /** Sat longer than its stage's limit with no planned follow-up (an open task due today or later). */
  stale: boolean
  nextTask: NextTask | null
  closedAt: string | null
  position: number
  updatedAt: string
}

/** The whole column's figures, computed in SQL over every deal that matches the filter. */
export interface ColumnFigures {
  count: number
  sum: number
  weighted: number
}

export interface BoardColumn extends ColumnFigures {
  stageId: number
  name: string
  kind: StageKind
  probability: number
  staleDays: number | null
  /** The first cards in board order (open stages by position; won and lost latest closed first). */
  cards: DealCard[]
}

export interface BoardResult {
  columns: BoardColumn[]
  /** Won and Lost columns hold the deals closed since this local day (the first of the month). */
  closedSince: string
  /** The local day the figures are "as of" (days in stage, stale, closing this month). */
  today: string
}

/** What a move did, so the same client can undo exactly it. */
export interface MoveResult {
  card: DealCard
  /** The move's audit row: `deals.undoMove` puts back what it records. */
  moveId: number
}

export interface StageVisit {
  historyId: number
  fromStageId: number | null
  fromStage: string | null
  toStageId: number
  toStage: string
  at: string
}

export interface DealNote {
  id: number
  kind: string
  body: string
  at: string
}

/** The deal page: the deal, where it has been, and what was noted on it. */
export interface DealDetail extends Omit<DealCard, 'nextTask'> {
  stageName: string
  stageKind: StageKind
  lostReason: string | null
  createdAt: string
  deletedAt: string | null
  history: StageVisit[]
  notes: DealNote[]
}

/** A customer's deals, for the customer page's panel. */
export interface CustomerDeal {
  id: number
  title: string
  value: number
  stageName: string
  status: DealStatus
  expectedClose: string | null
}

/** Weighted value of open deals by the month they are expected to close. */
export interface CloseMonth {
  /** `YYYY-MM`; null for deals without an expected close. */
  month: string | null
  deals: number
  value: number
  weighted: number
}

export interface CloseMonthsResult {
  /** Months before the current one hold overdue deals (expected to close already). */
  months: CloseMonth[]
  currentMonth: string
  /** Open deals counted. */
  deals: number
}
