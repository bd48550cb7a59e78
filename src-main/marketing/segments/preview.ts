import type Database from 'better-sqlite3'
import type { SegmentDefinition } from '../../../src-shared/domain/segment'
import type { SegmentPreviewRow } from '../../../src-shared/ipc/channels/segments'
import { lifecycleStageSql } from '../lifecycle/stage-sql'
import type { SegmentAnalyses } from './analyses'
import { segmentQuery } from './customer-query'
import { compileFor } from './evaluate'

/** The first `limit` customers of a definition by name, with their figures and lifecycle stage. */
export function previewRows(
  db: Database.Database,
  definition: SegmentDefinition,
  analyses: SegmentAnalyses,
  limit: number,
): SegmentPreviewRow[] {
  const compiled = compileFor(db, definition, analyses, (env) => lifecycleStageSql(env))
  const sql = segmentQuery(
    compiled,
    `c.id, c.name, c.phone, s.last_at AS lastPurchaseAt, coalesce(s.orders, 0) AS orders,
     coalesce(s.spend, 0) AS spend, ${compiled.columns} AS lifecycle`,
    `ORDER BY c.sort_key, c.id LIMIT ${Math.trunc(limit)}`,
  )
  return db.prepare(sql).all(compiled.params) as SegmentPreviewRow[]
}
