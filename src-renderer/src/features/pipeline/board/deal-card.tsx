import { useDraggable, useDroppable } from '@dnd-kit/core'
import { useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DealCard as Card } from '../../../../../src-shared/domain/deal-types'
import { Badge } from '../../../components/badge'
import { useFormat } from '../../../lib/use-format'
import { keyIntent } from '../lib/keyboard-target'
import { useBoardStore } from '../stores/board'
import { useBoardContext } from './board-context'

/** What a card says: title, customer, value, expected close, days in stage, stale, next follow-up. */
export function CardBody({ card }: { card: Card }) {
  const { t } = useTranslation()
  const f = useFormat()
  const task = card.nextTask
  const taskDue = task?.dueAt ?? task?.dueDate
  return (
    <>
      <span className="deal-card__title">{card.title}</span>
      <span className="deal-card__line muted">{card.customerName ?? t('pipeline:card.noCustomer')}</span>
      <span className="deal-card__line deal-card__split">
        <span className="tabular deal-card__value">{f.money(card.value)}</span>
        <span className="muted">
          {card.expectedClose ? t('pipeline:card.closes', { date: f.shortDate(card.expectedClose) }) : t('pipeline:card.noClose')}
        </span>
      </span>
      <span className="deal-card__line deal-card__split">
        <span className="muted">{t('pipeline:card.daysInStage', { count: card.daysInStage })}</span>
        {card.stale && (
          <Badge tone="warning" title={t('pipeline:card.staleTitle', { days: card.daysInStage })}>
            {t('pipeline:card.stale')}
          </Badge>
        )}
      </span>
      <span className={`deal-card__line deal-card__task${task ? '' : ' muted'}`}>
        {task
          ? taskDue
            ? t('pipeline:card.nextTaskDue', { title: task.title, date: f.shortDate(taskDue) })
            : t('pipeline:card.nextTask', { title: task.title })
          : t('pipeline:card.noTask')}
      </span>
    </>
  )
}

export interface DealCardProps {
  card: Card
  index: number
  /** Cards in the whole column (for screen readers: "3 of 1,992"). */
  setSize: number
  /** Only one card of the board is in the Tab order (roving focus). */
  tabbable: boolean
  style: CSSProperties
  dropEdge: 'before' | 'after' | null
}

/** A card on the board: a list item that can be dragged, dropped on, and worked with the keys. */
export function DealCardItem({ card, index, setSize, tabbable, style, dropEdge }: DealCardProps) {
  const { requestMove, openDeal, keysHelpId } = useBoardContext()
  const focused = useBoardStore((s) => s.focusId === card.id)
  const ref = useRef<HTMLLIElement | null>(null)
  const drag = useDraggable({ id: `deal:${card.id}`, data: { dealId: card.id } })
  const drop = useDroppable({ id: `card:${card.id}`, data: { stageId: card.stageId, index } })

  useEffect(() => {
    const active = document.activeElement
    if (
      focused &&
      ref.current &&
      active !== ref.current &&
      (active === document.body || active?.classList.contains('deal-card'))
    ) {
      ref.current.focus()
    }
  }, [focused])

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const intent = keyIntent(useBoardStore.getState().columns, card.id, event)
    if (!intent) return
    event.preventDefault()
    if (intent.kind === 'open') openDeal(card.id)
    else if (intent.kind === 'focus') useBoardStore.getState().setFocus(intent.dealId)
    else requestMove(card.id, intent.to)
  }

  const classes = ['deal-card', drag.isDragging && 'is-dragging', dropEdge && `drop-${dropEdge}`].filter(Boolean).join(' ')
  return (
    <li
      ref={(element) => {
        ref.current = element
        drag.setNodeRef(element)
        drop.setNodeRef(element)
      }}
      className={classes}
      style={style}
      tabIndex={tabbable ? 0 : -1}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      aria-describedby={keysHelpId}
      data-deal-id={card.id}
      onFocus={() => useBoardStore.getState().setFocus(card.id)}
      onKeyDown={onKeyDown}
      onDoubleClick={() => openDeal(card.id)}
      {...drag.listeners}
    >
      <CardBody card={card} />
    </li>
  )
}
