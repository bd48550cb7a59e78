import { useDroppable } from '@dnd-kit/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardColumn as Column } from '../../../../../src-shared/domain/deal-types'
import { useFormat } from '../../../lib/use-format'
import { selectHasMore, useBoardStore } from '../stores/board'
import { useBoardContext } from './board-context'
import { DealCardItem } from './deal-card'

/** Must match --deal-card-height + --board-card-gap (tokens.css): the virtualizer places cards by it. */
export const CARD_SLOT = 128

/** The column's figures as text: the whole column's count, sum and weighted sum. */
function ColumnFigures({ column }: { column: Column }) {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <p className="board-column__figures">
      <span>{t('pipeline:board.count', { count: column.count })}</span>
      <span className="tabular">{t('pipeline:board.sum', { value: f.money(column.sum) })}</span>
      <span className="tabular">{t('pipeline:board.weighted', { value: f.money(column.weighted) })}</span>
    </p>
  )
}

/**
 * One stage: its name and figures, then its cards as a list named after the stage. Only the
 * cards in view are in the DOM (a 5,000-card column scrolls like a 5-card one); more are fetched
 * as the end comes into view.
 */
export function BoardColumn({ column, tabStop }: { column: Column; tabStop: number | null }) {
  const { t } = useTranslation()
  const headingId = useId()
  const scrollRef = useRef<HTMLDivElement>(null)
  const { dropHint } = useBoardContext()
  const focusId = useBoardStore((s) => s.focusId)
  const loadingMore = useBoardStore((s) => Boolean(s.loadingMore[column.stageId]))
  const hasMore = selectHasMore(column)
  const drop = useDroppable({ id: `column:${column.stageId}`, data: { stageId: column.stageId } })
  const virtualizer = useVirtualizer({
    count: column.cards.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_SLOT,
    overscan: 4,
  })
  const items = virtualizer.getVirtualItems()
  const lastShown = items.at(-1)?.index ?? -1

  useEffect(() => {
    if (hasMore && lastShown >= column.cards.length - 1) void useBoardStore.getState().loadMore(column.stageId)
  }, [hasMore, lastShown, column.cards.length, column.stageId])

  const focusedIndex = column.cards.findIndex((c) => c.id === focusId)
  useEffect(() => {
    if (focusedIndex >= 0) virtualizer.scrollToIndex(focusedIndex, { align: 'auto' })
  }, [focusedIndex, virtualizer])

  const hint = dropHint?.stageId === column.stageId ? dropHint.index : null
  const edgeOf = (index: number): 'before' | 'after' | null =>
    hint === index ? 'before' : hint === column.cards.length && index === column.cards.length - 1 ? 'after' : null
  return (
    <section
      ref={drop.setNodeRef}
      className={`board-column board-column--${column.kind}${drop.isOver || hint !== null ? ' is-over' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="board-column__header">
        <h2 id={headingId} className="board-column__name">
          {column.name}
          {column.kind !== 'open' && <span className="board-column__note"> · {t('pipeline:board.closedThisMonth')}</span>}
        </h2>
        <ColumnFigures column={column} />
      </header>
      <div ref={scrollRef} className="board-column__scroll">
        <ul aria-label={column.name} className="board-column__list" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const card = column.cards[item.index]
            const style = { transform: `translateY(${item.start}px)` }
            if (!card) {
              return (
                <li key="more" className="board-column__more muted" style={style} aria-hidden="true">
                  {loadingMore ? t('pipeline:board.loadingMore') : ''}
                </li>
              )
            }
            return (
              <DealCardItem
                key={card.id}
                card={card}
                index={item.index}
                setSize={column.count}
                tabbable={card.id === tabStop}
                style={style}
                dropEdge={edgeOf(item.index)}
              />
            )
          })}
        </ul>
        {column.count === 0 && <p className="board-column__empty muted">{t('pipeline:board.empty')}</p>}
      </div>
    </section>
  )
}
