import type { TFunction } from 'i18next'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { showToast } from '../../../components/toast'
import { errorMessage } from '../../../lib/ipc'
import { findCard, type Place } from '../lib/board-ops'
import { useBoardStore, type Outcome } from '../stores/board'

/** A move onto a Lost column, shown on the board, waiting for its reason. */
export interface LostAsk {
  dealId: number
  from: Place
  title: string
}

/**
 * Every way a card moves — drag, keys, W and L — comes through `requestMove`: the card shows in
 * its new place at once; a move onto Lost first asks why (Esc puts the card back); the main
 * process then commits it, or the card returns to its exact place with the reason in a toast.
 * `undo` takes back the latest move (Ctrl/Cmd+Z, or the toast's Undo).
 */
type Translate = TFunction

/** Says what a move or an undo came to: an error toast, or a toast with Undo and a screen-reader line. */
function report(outcome: Outcome | undefined, undoing: boolean, t: Translate, announce: (text: string) => void): void {
  if (!outcome) return void showToast({ message: t('pipeline:move.nothingToUndo') })
  if (!outcome.ok) {
    const params = { title: outcome.title, message: errorMessage(outcome.error) }
    const message = undoing ? t('pipeline:move.undoFailed', params) : t('pipeline:move.failed', params)
    return void showToast({ tone: 'error', message })
  }
  const { columns } = useBoardStore.getState()
  const column = columns.find((c) => c.stageId === outcome.card.stageId)
  const place = findCard(columns, outcome.card.id)
  if (undoing) {
    showToast({ tone: 'success', message: t('pipeline:move.undone', { title: outcome.card.title }) })
  } else {
    const message = t('pipeline:move.moved', { title: outcome.card.title, stage: column?.name ?? '' })
    showToast({ tone: 'success', message, action: { label: t('common:undo'), onAction: () => void undoLatest(t, announce) } })
  }
  const position = (place?.index ?? 0) + 1
  announce(
    t('pipeline:move.announce', { title: outcome.card.title, stage: column?.name ?? '', position, count: column?.count ?? 0 }),
  )
}

const undoLatest = (t: Translate, announce: (text: string) => void): Promise<void> =>
  useBoardStore
    .getState()
    .undo()
    .then((outcome) => report(outcome, true, t, announce))

export function useBoardMoves(announce: (text: string) => void) {
  const { t } = useTranslation()
  const [lostAsk, setLostAsk] = useState<LostAsk | null>(null)
  const undo = useCallback(() => undoLatest(t, announce), [t, announce])

  const requestMove = useCallback(
    (dealId: number, to: Place): void => {
      const store = useBoardStore.getState()
      const target = store.columns.find((c) => c.stageId === to.stageId)
      const title = findCard(store.columns, dealId)?.card.title ?? ''
      const from = store.preview(dealId, to)
      if (!from || !target) return
      if (target.kind === 'lost') return setLostAsk({ dealId, from, title })
      void store.commit(dealId, from).then((outcome) => report(outcome, false, t, announce))
    },
    [t, announce],
  )

  const confirmLost = useCallback(
    (reason: string): void => {
      if (!lostAsk) return
      setLostAsk(null)
      void useBoardStore
        .getState()
        .commit(lostAsk.dealId, lostAsk.from, reason)
        .then((outcome) => report(outcome, false, t, announce))
    },
    [lostAsk, t, announce],
  )

  const cancelLost = useCallback((): void => {
    if (!lostAsk) return
    setLostAsk(null)
    useBoardStore.getState().revert(lostAsk.dealId, lostAsk.from)
  }, [lostAsk])

  return { requestMove, undo, lostAsk, confirmLost, cancelLost }
}
