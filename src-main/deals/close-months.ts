import type Database from 'better-sqlite3'
import type { CloseMonthsResult } from '../../src-shared/domain/deal-types'
import { prepared } from '../db/sql'
import { boardClock } from './board/board-clock'
import { weightedSql } from './board/board-where'

/**
 * Open deals' value and weighted value per expected close month (the forecast's pipeline half),
 * with the same per-deal rounding as the board. Months before the current one are overdue.
 */
export function closeMonths(db: Database.Database, clock = boardClock()): CloseMonthsResult {
  const months = prepared(
    db,
    `SELECT substr(d.expected_close, 1, 7) AS month, count(*) AS deals, sum(d.value) AS value,
            sum(${weightedSql('s.probability')}) AS weighted
     FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id AND s.kind = 'open' AND s.deleted_at IS NULL
     WHERE d.deleted_at IS NULL AND d.status = 'open'
     GROUP BY 1 ORDER BY month IS NULL, month`,
  ).all() as CloseMonthsResult['months']
  return { months, currentMonth: clock.today.slice(0, 7), deals: months.reduce((a, m) => a + m.deals, 0) }
}
