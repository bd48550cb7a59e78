import type Database from 'better-sqlite3'
import { prepared } from '../db/sql'
import { POSITION_STEP } from './write'

/**
 * Where a card dropped on an open column goes. Positions are fractional: a drop between two
 * cards takes the midpoint, so a move writes one row, never the column. Only when repeated
 * drops at one spot have used up the room between two neighbours (a double has ~50 halvings
 * in it) are the next few cards after the drop point respaced — a window that grows until it
 * finds room, usually 16 rows, never the whole 5,000-card column.
 */

/** Below this the midpoint is too close to its neighbours to stay distinct after more halvings. */
const MIN_GAP = 1e-6
const FIRST_WINDOW = 16

interface Placed {
  id: number
  position: number
}

/** Open deals of a stage after (position, id), in board order, the moving deal left out. */
function cardsAfter(db: Database.Database, stageId: number, after: Placed | null, movingId: number, limit: number): Placed[] {
  const from = after ?? { position: -Infinity, id: 0 }
  return prepared(
    db,
    `SELECT id, position FROM deals
     WHERE deleted_at IS NULL AND stage_id = ? AND status = 'open' AND id != ?
       AND (position > ? OR (position = ? AND id > ?))
     ORDER BY position, id LIMIT ?`,
  ).all(stageId, movingId, from.position, from.position, from.id, limit) as Placed[]
}

/**
 * The position for `movingId` placed just below `after` (null: at the top) in `stageId`'s open
 * column. May respace a few cards below the drop point (see above).
 */
export function dropPosition(db: Database.Database, stageId: number, after: Placed | null, movingId: number): number {
  const [next] = cardsAfter(db, stageId, after, movingId, 1)
  if (!next) return (after?.position ?? 0) + POSITION_STEP
  if (!after) return next.position - POSITION_STEP
  if (next.position - after.position >= MIN_GAP * Math.max(1, Math.abs(after.position))) {
    return (after.position + next.position) / 2
  }
  return respaceBelow(db, stageId, after, movingId)
}

/**
 * Spreads the cards below `after` evenly up to the first card far enough away to make room for
 * them plus the dropped one; returns the dropped card's slot (the first).
 */
function respaceBelow(db: Database.Database, stageId: number, after: Placed, movingId: number): number {
  for (let window = FIRST_WINDOW; ; window *= 2) {
    const cards = cardsAfter(db, stageId, after, movingId, window + 1)
    const bound = cards.length > window ? cards[window].position : undefined
    const moving = cards.slice(0, window)
    const slots = moving.length + 1
    const step = bound === undefined ? POSITION_STEP : (bound - after.position) / (slots + 1)
    if (bound !== undefined && step < MIN_GAP * Math.max(1, Math.abs(after.position))) continue
    const update = prepared(db, 'UPDATE deals SET position = ? WHERE id = ?')
    moving.forEach((card, i) => update.run(after.position + step * (i + 2), card.id))
    return after.position + step
  }
}
