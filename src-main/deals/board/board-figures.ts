import type Database from 'better-sqlite3'
import type { ColumnFigures } from '../../../src-shared/domain/deal-types'
import { prepared } from '../../db/sql'
import { WEIGHTED_SQL, type ColumnQuery } from './board-where'

/**
 * Count, sum and weighted sum of every deal in the column that matches the filter — the whole
 * column, not the cards sent — in one aggregate. Without a text filter it reads only the
 * `deals_stage_figures` index.
 */
export function columnFigures(db: Database.Database, query: ColumnQuery): ColumnFigures {
  const join = query.needsCustomer ? 'LEFT JOIN customers c ON c.id = d.customer_id' : ''
  return prepared(
    db,
    `SELECT count(*) AS count, coalesce(sum(d.value), 0) AS sum, coalesce(sum(${WEIGHTED_SQL}), 0) AS weighted
     FROM deals d ${join} WHERE ${query.where}`,
  ).get(query.params) as ColumnFigures
}
