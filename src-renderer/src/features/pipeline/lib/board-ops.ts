import { weightedValue } from '../../../../../src-shared/domain/deal-weight'
import type { BoardColumn, DealCard } from '../../../../../src-shared/domain/deal-types'

/**
 * Pure edits of the board's columns for optimistic moves: take a card out, put it in at an
 * index, with the column figures adjusted as the server will compute them (the probability of
 * the new stage, the one weighted-value rounding). Columns are never mutated.
 */

/** Where a card sits: its column and index among the loaded cards. */
export interface Place {
  stageId: number
  index: number
}

export function findCard(columns: readonly BoardColumn[], dealId: number): (Place & { card: DealCard }) | undefined {
  for (const column of columns) {
    const index = column.cards.findIndex((c) => c.id === dealId)
    if (index >= 0) return { stageId: column.stageId, index, card: column.cards[index] }
  }
  return undefined
}

const withFigures = (column: BoardColumn, cards: DealCard[], sign: 1 | -1, card: DealCard): BoardColumn => ({
  ...column,
  cards,
  count: column.count + sign,
  sum: column.sum + sign * card.value,
  weighted: column.weighted + sign * card.weighted,
})

export function removeCard(columns: readonly BoardColumn[], dealId: number): BoardColumn[] {
  return columns.map((column) => {
    const card = column.cards.find((c) => c.id === dealId)
    return card
      ? withFigures(
          column,
          column.cards.filter((c) => c !== card),
          -1,
          card,
        )
      : column
  })
}

/** The card as it will be in `column`: its probability and status follow the stage. */
export function cardIn(column: BoardColumn, card: DealCard): DealCard {
  if (card.stageId === column.stageId) return card
  return {
    ...card,
    stageId: column.stageId,
    probability: column.probability,
    weighted: weightedValue(card.value, column.probability),
    status: column.kind,
    daysInStage: 0,
    stale: false,
  }
}

export function insertCard(columns: readonly BoardColumn[], place: Place, card: DealCard): BoardColumn[] {
  return columns.map((column) => {
    if (column.stageId !== place.stageId) return column
    const placed = cardIn(column, card)
    const index = Math.max(0, Math.min(place.index, column.cards.length))
    return withFigures(column, [...column.cards.slice(0, index), placed, ...column.cards.slice(index)], 1, placed)
  })
}

/** Takes the card out of wherever it is and puts it at `place`. */
export const moveCard = (columns: readonly BoardColumn[], dealId: number, place: Place): BoardColumn[] => {
  const found = findCard(columns, dealId)
  return found ? insertCard(removeCard(columns, dealId), place, found.card) : [...columns]
}

/** Replaces a card with the server's version, where it is. */
export const replaceCard = (columns: readonly BoardColumn[], card: DealCard): BoardColumn[] =>
  columns.map((column) => {
    const index = column.cards.findIndex((c) => c.id === card.id)
    if (index < 0) return column
    const old = column.cards[index]
    const cards = column.cards.map((c, i) => (i === index ? card : c))
    return {
      ...column,
      cards,
      sum: column.sum - old.value + card.value,
      weighted: column.weighted - old.weighted + card.weighted,
    }
  })

/** The card above `index` in the column once the moving card is out of it: what `afterId` names. */
export function cardAbove(column: BoardColumn, index: number, movingId: number): number | null {
  const others = column.cards.filter((c) => c.id !== movingId)
  return index > 0 ? (others[Math.min(index, others.length) - 1]?.id ?? null) : null
}
