import type { StateCreator } from 'zustand'
import type { DealCard } from '../../../../../../src-shared/domain/deal-types'
import type { BoardFilter } from '../../../../../../src-shared/ipc/channels/deals'
import { call } from '../../../../lib/ipc'
import { cardAbove, findCard, moveCard, replaceCard, type Place } from '../../lib/board-ops'
import {
  FIRST_CARDS,
  initialBoardState,
  MAX_RELOAD,
  MORE_CARDS,
  UNDO_DEPTH,
  type BoardState,
  type UndoEntry,
} from './initial-state'

/** What a move or an undo came to; the component turns it into words (toasts stay out of the store). */
export type Outcome = { ok: true; card: DealCard } | { ok: false; error: unknown; title: string }

export interface BoardActions {
  setFilter(filter: BoardFilter): void
  /** Loads (or reloads) the board; waits while moves are in flight so it never shows a card back in its old place. */
  load(): Promise<void>
  loadMore(stageId: number): Promise<void>
  setFocus(dealId: number | null): void
  /** Shows the card at `to` at once; returns where it was (for `revert` or `commit`). */
  preview(dealId: number, to: Place): Place | undefined
  /** Puts a previewed card back exactly where it was (Esc in the lost-reason dialog). */
  revert(dealId: number, from: Place): void
  /** Sends a previewed move; on failure the card returns to `from`. Moves go one at a time, in order. */
  commit(dealId: number, from: Place, lostReason?: string): Promise<Outcome>
  /** Takes back the latest move, card first (at once), then in the data file. */
  undo(): Promise<Outcome | undefined>
  reset(): void
}

export type BoardStore = BoardState & BoardActions

type Creator = StateCreator<BoardStore, [['zustand/devtools', never]], [], BoardActions>

export const createBoardActions: Creator = (set, get) => {
  // One move at a time, in the order they were made: a second move of a card starts from where
  // the first one put it, which the main process only knows once the first has committed.
  let queue: Promise<unknown> = Promise.resolve()
  let requests = 0
  let reloadWanted = false
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work)
    queue = next.catch(() => undefined)
    return next
  }
  const settle = (): void => {
    set((s) => ({ pending: s.pending - 1 }), false, 'board/settle')
    if (get().pending === 0 && reloadWanted) void get().load()
  }

  return {
    setFilter: (filter) => {
      set({ filter }, false, 'board/setFilter')
      void get().load()
    },
    load: async () => {
      const request = ++requests
      reloadWanted = false
      if (get().status !== 'ready') set({ status: 'loading' }, false, 'board/loading')
      const loaded = Math.max(FIRST_CARDS, ...get().columns.map((c) => c.cards.length))
      try {
        const board = await call('deals.board', { filter: get().filter, limit: Math.min(MAX_RELOAD, loaded) })
        if (request !== requests) return
        if (get().pending > 0) {
          reloadWanted = true // a move is on screen but not yet in this answer
          return
        }
        set({ ...board, status: 'ready', error: undefined, loadingMore: {} }, false, 'board/loaded')
      } catch (error) {
        if (request === requests) set({ status: 'error', error }, false, 'board/failed')
      }
    },
    loadMore: async (stageId) => {
      const column = get().columns.find((c) => c.stageId === stageId)
      if (!column || get().loadingMore[stageId] || column.cards.length >= column.count) return
      set((s) => ({ loadingMore: { ...s.loadingMore, [stageId]: true } }), false, 'board/loadingMore')
      const offset = column.cards.length
      const cards = await call('deals.column', { stageId, filter: get().filter, offset, limit: MORE_CARDS }).catch(() => [])
      set(
        (s) => ({
          loadingMore: { ...s.loadingMore, [stageId]: false },
          columns: s.columns.map((c) =>
            c.stageId === stageId && c.cards.length === offset ? { ...c, cards: [...c.cards, ...cards] } : c,
          ),
        }),
        false,
        'board/loadedMore',
      )
    },
    setFocus: (focusId) => set({ focusId }, false, 'board/focus'),
    preview: (dealId, to) => {
      const from = findCard(get().columns, dealId)
      if (!from) return undefined
      set((s) => ({ columns: moveCard(s.columns, dealId, to), pending: s.pending + 1, focusId: dealId }), false, 'board/preview')
      return { stageId: from.stageId, index: from.index }
    },
    revert: (dealId, from) => {
      set((s) => ({ columns: moveCard(s.columns, dealId, from) }), false, 'board/revert')
      settle()
    },
    commit: (dealId, from, lostReason) =>
      enqueue(async (): Promise<Outcome> => {
        const here = findCard(get().columns, dealId)
        const title = here?.card.title ?? ''
        try {
          if (!here) throw new Error('card not on the board')
          const column = get().columns.find((c) => c.stageId === here.stageId)!
          const result = await call('deals.move', {
            id: dealId,
            fromStageId: from.stageId,
            toStageId: here.stageId,
            afterId: cardAbove(column, here.index, dealId),
            lostReason,
          })
          const entry: UndoEntry = { dealId, moveId: result.moveId, title, from }
          set(
            (s) => ({ columns: replaceCard(s.columns, result.card), undoStack: [...s.undoStack, entry].slice(-UNDO_DEPTH) }),
            false,
            'board/committed',
          )
          return { ok: true, card: result.card }
        } catch (error) {
          set((s) => ({ columns: moveCard(s.columns, dealId, from) }), false, 'board/moveFailed')
          reloadWanted = true
          return { ok: false, error, title }
        } finally {
          settle()
        }
      }),
    undo: async () => {
      const entry = get().undoStack.at(-1)
      if (!entry) return undefined
      const now = findCard(get().columns, entry.dealId)
      set((s) => ({ undoStack: s.undoStack.slice(0, -1), pending: s.pending + 1 }), false, 'board/undo')
      if (now)
        set((s) => ({ columns: moveCard(s.columns, entry.dealId, entry.from), focusId: entry.dealId }), false, 'board/undoShown')
      return enqueue(async (): Promise<Outcome> => {
        try {
          const card = await call('deals.undoMove', { id: entry.dealId, moveId: entry.moveId })
          set((s) => ({ columns: replaceCard(s.columns, card) }), false, 'board/undone')
          return { ok: true, card }
        } catch (error) {
          if (now) set((s) => ({ columns: moveCard(s.columns, entry.dealId, now) }), false, 'board/undoFailed')
          reloadWanted = true
          return { ok: false, error, title: entry.title }
        } finally {
          settle()
        }
      })
    },
    reset: () => set(initialBoardState(), false, 'board/reset'),
  }
}
