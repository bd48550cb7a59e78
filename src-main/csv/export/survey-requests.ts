import type Database from 'better-sqlite3'
import type { ColumnDef, RowIterator } from './columns'
import { selectList } from './columns'
import type { Period } from './orders'

/**
 * The survey questions still waiting for an answer, one row per question (a request asking CSAT
 * and NPS gives two), for an SMS or WeChat tool to send. Score, comment and answer time are left
 * empty for the tool to fill; every header is the importer's, so the file imports straight back
 * as survey responses matched to their requests.
 */
export const surveyRequestColumns: ColumnDef[] = [
  { key: 'request', kind: 'text', sql: 'r.uid' },
  { key: 'customer.name', kind: 'text', sql: 'c.name' },
  { key: 'customer.phone', kind: 'text', sql: 'c.phone' },
  { key: 'ticketNumber', kind: 'text', sql: 't.number' },
  { key: 'kind', kind: 'text', sql: 'q.kind' },
  { key: 'score', kind: 'number', sql: 'NULL' },
  { key: 'comment', kind: 'text', sql: 'NULL' },
  { key: 'at', kind: 'text', sql: 'NULL' },
]

/** Unanswered questions of requests made in the period (all without one), oldest request first. */
export function surveyRequestRows(db: Database.Database, period?: Period): RowIterator {
  const within = period ? 'AND r.requested_at >= @from AND r.requested_at < @to' : ''
  const sql = `SELECT ${selectList(surveyRequestColumns)}
    FROM survey_requests r
    JOIN (SELECT 'csat' AS kind UNION ALL SELECT 'nps') q
      ON (q.kind = 'csat' AND r.asks_csat = 1) OR (q.kind = 'nps' AND r.asks_nps = 1)
    LEFT JOIN customers c ON c.id = r.customer_id
    LEFT JOIN tickets t ON t.id = r.ticket_id
    WHERE NOT EXISTS (SELECT 1 FROM survey_responses s WHERE s.request_id = r.id AND s.kind = q.kind) ${within}
    ORDER BY r.requested_at, r.id, q.kind`
  return db
    .prepare(sql)
    .raw()
    .iterate(period ?? {}) as RowIterator
}
