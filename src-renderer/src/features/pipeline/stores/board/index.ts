import { create } from 'zustand'
import { devtoolsEnabled, withDevtools } from '../../../../stores/devtools'
import { createBoardActions, type BoardStore } from './action'
import { initialBoardState } from './initial-state'

/** The pipeline board: its columns (figures and loaded cards), filter, focus and undoable moves. */
export const useBoardStore = create<BoardStore>()(
  withDevtools((...a) => ({ ...initialBoardState(), ...createBoardActions(...a) }), {
    name: 'pipeline-board',
    enabled: devtoolsEnabled(),
  }),
)

export type { BoardStore, BoardActions, Outcome } from './action'
export * from './initial-state'
export * from './selectors'
