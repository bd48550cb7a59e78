import { DndContext, DragOverlay } from '@dnd-kit/core'
import { useCallback, useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/button'
import { EmptyState } from '../../../components/empty-state'
import { errorMessage } from '../../../lib/ipc'
import { useDataChanged } from '../../../lib/use-data-changed'
import { useNavigationStore } from '../../../stores/navigation'
import { BOARD_ENTITIES } from '../api/entities'
import { findCard } from '../lib/board-ops'
import { isFiltered, useBoardStore } from '../stores/board'
import { BoardColumn } from './board-column'
import { BoardContext, type BoardContextValue } from './board-context'
import { BoardDrillChip, useApplyBoardDrill, useBoardDrill } from './board-drill'
import { BoardFilters } from './board-filters'
import { CardBody } from './deal-card'
import { LostReasonDialog } from './lost-reason-dialog'
import { useBoardDnd } from './use-board-dnd'
import { useBoardMoves } from './use-board-moves'
import { useUndoShortcut } from './use-undo-shortcut'

/** The pipeline board: filters, one column per stage, moves by drag or keys, Ctrl/Cmd+Z. */
export function BoardView({ onNewDeal }: { onNewDeal(): void }) {
  const { t } = useTranslation()
  const keysHelpId = useId()
  const [announcement, setAnnouncement] = useState('')
  const navigate = useNavigationStore((s) => s.navigate)
  const columns = useBoardStore((s) => s.columns)
  const status = useBoardStore((s) => s.status)
  const error = useBoardStore((s) => s.error)
  const focusId = useBoardStore((s) => s.focusId)
  const filtered = useBoardStore(isFiltered)
  const load = useBoardStore((s) => s.load)
  const { requestMove, undo, lostAsk, confirmLost, cancelLost } = useBoardMoves(setAnnouncement)
  const { dragging, dropHint, contextProps } = useBoardDnd(requestMove)
  useEffect(() => void load(), [load])
  useApplyBoardDrill()
  const drill = useBoardDrill()
  useDataChanged(BOARD_ENTITIES, load)
  useUndoShortcut(undo)

  const openDeal = useCallback((dealId: number) => navigate({ page: 'deal', id: String(dealId) }), [navigate])
  const context = useMemo<BoardContextValue>(
    () => ({ requestMove, openDeal, dropHint, keysHelpId }),
    [requestMove, openDeal, dropHint, keysHelpId],
  )
  const tabStop =
    (focusId !== null && findCard(columns, focusId) ? focusId : columns.find((c) => c.cards.length > 0)?.cards[0].id) ?? null
  const empty = status === 'ready' && columns.every((c) => c.count === 0)

  return (
    <BoardContext.Provider value={context}>
      {drill ? <BoardDrillChip label={drill.label} /> : <BoardFilters />}
      <p id={keysHelpId} className="board__keys muted">
        {t('pipeline:board.keys')}
      </p>
      {status === 'error' && <p className="form-error">{t('pipeline:board.loadFailed', { message: errorMessage(error) })}</p>}
      {empty && !filtered ? (
        <EmptyState
          icon="pipeline"
          title={t('pipeline:board.emptyBoardTitle')}
          body={t('pipeline:board.emptyBoardBody')}
          action={
            <Button variant="primary" icon="plus" onClick={onNewDeal}>
              {t('pipeline:page.newDeal')}
            </Button>
          }
        />
      ) : (
        <DndContext {...contextProps}>
          <div className="board" role="group" aria-label={t('pipeline:board.label')}>
            {columns.map((column) => (
              <BoardColumn key={column.stageId} column={column} tabStop={tabStop} />
            ))}
          </div>
          <DragOverlay>
            {dragging && (
              <div className="deal-card deal-card--overlay">
                <CardBody card={dragging} />
              </div>
            )}
          </DragOverlay>
        </DndContext>
      )}
      {empty && filtered && <p className="muted">{t('pipeline:board.noMatchBody')}</p>}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {lostAsk && <LostReasonDialog title={lostAsk.title} onConfirm={confirmLost} onCancel={cancelLost} />}
    </BoardContext.Provider>
  )
}
