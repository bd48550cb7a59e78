import type { BoardColumn } from '../../../../../../src-shared/domain/deal-types'
import type { BoardStore } from './action'

export const selectColumns = (s: BoardStore): BoardColumn[] => s.columns
export const selectColumn =
  (stageId: number) =>
  (s: BoardStore): BoardColumn | undefined =>
    s.columns.find((c) => c.stageId === stageId)
export const selectHasMore = (column: BoardColumn): boolean => column.cards.length < column.count
export const selectCanUndo = (s: BoardStore): boolean => s.undoStack.length > 0
/** The first won and the first lost column: where W and L send a card. */
export const closingColumn = (columns: readonly BoardColumn[], kind: 'won' | 'lost'): BoardColumn | undefined =>
  columns.find((c) => c.kind === kind)
export const isFiltered = (s: BoardStore): boolean =>
  Object.values(s.filter).some((v) => v !== undefined && v !== false && v !== '')
