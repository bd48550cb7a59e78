import type { BoardColumn } from '../../../../../src-shared/domain/deal-types'
import { findCard, type Place } from './board-ops'

/** What a key on a focused card asks for: focus another card, or move this one. */
export type KeyIntent = { kind: 'focus'; dealId: number } | { kind: 'move'; to: Place } | { kind: 'open' }

export interface CardKey {
  key: string
  shiftKey: boolean
}

/** Where a card lands in a column it is moved into sideways: the same row, or the top of Won/Lost. */
const sidewaysIndex = (column: BoardColumn, index: number): number =>
  column.kind === 'open' ? Math.min(index, column.cards.length) : 0

/**
 * The board's keys on a focused card:
 * ↑ ↓ focus the card above or below; ← → the nearest card in the next column that has one;
 * Shift + ← → move the card to the previous / next stage (Won and Lost included), Shift + ↑ ↓
 * move it within its column; W moves it to Won, L to Lost; Enter opens it. Null: not a board key.
 */
export function keyIntent(columns: readonly BoardColumn[], dealId: number, { key, shiftKey }: CardKey): KeyIntent | null {
  const here = findCard(columns, dealId)
  if (!here) return null
  const c = columns.findIndex((col) => col.stageId === here.stageId)
  const column = columns[c]
  const lower = key.toLowerCase()
  if (key === 'Enter') return { kind: 'open' }
  if (lower === 'w' || lower === 'l') {
    const target = columns.find((col) => col.kind === (lower === 'w' ? 'won' : 'lost'))
    return target && target.stageId !== here.stageId ? { kind: 'move', to: { stageId: target.stageId, index: 0 } } : null
  }
  const step = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -1, ArrowRight: 1 }[key]
  if (step === undefined) return null
  const vertical = key === 'ArrowUp' || key === 'ArrowDown'
  if (shiftKey) {
    if (vertical) {
      const index = here.index + step
      if (column.kind !== 'open' || index < 0 || index >= column.cards.length) return null
      return { kind: 'move', to: { stageId: column.stageId, index } }
    }
    const target = columns[c + step]
    return target ? { kind: 'move', to: { stageId: target.stageId, index: sidewaysIndex(target, here.index) } } : null
  }
  if (vertical) {
    const next = column.cards[here.index + step]
    return next ? { kind: 'focus', dealId: next.id } : null
  }
  for (let i = c + step; i >= 0 && i < columns.length; i += step) {
    const cards = columns[i].cards
    if (cards.length > 0) return { kind: 'focus', dealId: cards[Math.min(here.index, cards.length - 1)].id }
  }
  return null
}
