import {
  getClientRect,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core'
import { useCallback, useState } from 'react'
import type { DealCard } from '../../../../../src-shared/domain/deal-types'
import { findCard, type Place } from '../lib/board-ops'
import { useBoardStore } from '../stores/board'

/** Under the pointer, a card beats the column around it; between cards, the column counts. */
const cardFirst: CollisionDetection = (args) =>
  pointerWithin(args).sort((a, b) => Number(String(b.id).startsWith('card:')) - Number(String(a.id).startsWith('card:')))

/**
 * Cards are placed by the virtualizer with a transform; dnd-kit measures drop targets without
 * transforms by default, which would stack every card at the top of its column.
 */
const MEASURING = { droppable: { measure: getClientRect } }

/** Where a drop at the pointer puts the card: before or after the card under it, else the column's end (Won/Lost: top). */
function dropPlace(event: DragMoveEvent): Place | null {
  const over = event.over
  if (!over) return null
  const { columns } = useBoardStore.getState()
  const stageId = (over.data.current as { stageId: number }).stageId
  const column = columns.find((c) => c.stageId === stageId)
  if (!column) return null
  if (column.kind !== 'open') return { stageId, index: 0 }
  const overIndex = (over.data.current as { index?: number }).index
  if (overIndex === undefined) return { stageId, index: column.cards.length }
  const pointerY = (event.activatorEvent as PointerEvent).clientY + event.delta.y
  return { stageId, index: pointerY < over.rect.top + over.rect.height / 2 ? overIndex : overIndex + 1 }
}

/** The drop index counted without the moving card (what `moveCard` expects). */
function withoutMoving(place: Place, dealId: number): Place {
  const from = findCard(useBoardStore.getState().columns, dealId)
  return from && from.stageId === place.stageId && from.index < place.index ? { ...place, index: place.index - 1 } : place
}

/**
 * Drag and drop with the pointer (the keys are the cards' own): a short drag picks a card up,
 * a line shows where it will land, the drop asks for the move like the keys do.
 */
export function useBoardDnd(requestMove: (dealId: number, to: Place) => void) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }))
  const [dragging, setDragging] = useState<DealCard | null>(null)
  const [dropHint, setDropHint] = useState<Place | null>(null)

  const onDragStart = useCallback((event: DragStartEvent) => {
    const dealId = (event.active.data.current as { dealId: number }).dealId
    setDragging(findCard(useBoardStore.getState().columns, dealId)?.card ?? null)
  }, [])
  const onDragMove = useCallback((event: DragMoveEvent) => {
    const next = dropPlace(event)
    setDropHint((hint) => (hint?.stageId === next?.stageId && hint?.index === next?.index ? hint : next))
  }, [])
  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      const dealId = (event.active.data.current as { dealId: number }).dealId
      const place = dropPlace(event)
      setDragging(null)
      setDropHint(null)
      if (!place) return
      const from = findCard(useBoardStore.getState().columns, dealId)
      const to = withoutMoving(place, dealId)
      if (from && from.stageId === to.stageId && from.index === to.index) return
      requestMove(dealId, to)
    },
    [requestMove],
  )
  const onDragCancel = useCallback(() => {
    setDragging(null)
    setDropHint(null)
  }, [])

  return {
    dragging,
    dropHint,
    contextProps: {
      sensors,
      collisionDetection: cardFirst,
      measuring: MEASURING,
      onDragStart,
      onDragMove,
      onDragOver: onDragMove,
      onDragEnd,
      onDragCancel,
    },
  }
}
