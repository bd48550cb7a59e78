import type { BoardColumn } from '../../../../../../src-shared/domain/deal-types'
import type { BoardFilter } from '../../../../../../src-shared/ipc/channels/deals'
import type { Place } from '../../lib/board-ops'

/** A committed move the user can take back with Ctrl/Cmd+Z: where the card was before it. */
export interface UndoEntry {
  dealId: number
  moveId: number
  title: string
  from: Place
}

export interface BoardState {
  filter: BoardFilter
  columns: BoardColumn[]
  /** Won and Lost hold deals closed since this local day; the day the board is as of. */
  closedSince: string | null
  today: string | null
  status: 'idle' | 'loading' | 'ready' | 'error'
  error: unknown
  /** Columns fetching their next cards. */
  loadingMore: Record<number, boolean>
  /** Moves that can be undone, latest last. */
  undoStack: UndoEntry[]
  /** The card keyboard focus is on. */
  focusId: number | null
  /** Moves shown but not yet confirmed by the main process (a refresh waits for them). */
  pending: number
}

export const initialBoardState = (): BoardState => ({
  filter: {},
  columns: [],
  closedSince: null,
  today: null,
  status: 'idle',
  error: undefined,
  loadingMore: {},
  undoStack: [],
  focusId: null,
  pending: 0,
})

/** First cards per column; more come as a column scrolls. */
export const FIRST_CARDS = 30
export const MORE_CARDS = 100
/** A refresh reloads what each column had loaded, up to this many. */
export const MAX_RELOAD = 1000
/** Undo reaches this many moves back. */
export const UNDO_DEPTH = 50
