import { createContext, useContext } from 'react'
import type { Place } from '../lib/board-ops'

/** What the cards and columns need from the board around them. */
export interface BoardContextValue {
  requestMove(dealId: number, to: Place): void
  openDeal(dealId: number): void
  /** Where a dragged card would land now (a line is drawn there). */
  dropHint: Place | null
  /** The id of the description every card points to: the keys that work on it. */
  keysHelpId: string
}

export const BoardContext = createContext<BoardContextValue | null>(null)

export function useBoardContext(): BoardContextValue {
  const value = useContext(BoardContext)
  if (!value) throw new Error('useBoardContext outside <BoardContext>')
  return value
}
