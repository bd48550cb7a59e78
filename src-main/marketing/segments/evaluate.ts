import type Database from 'better-sqlite3'
import type { SegmentDefinition } from '../../../src-shared/domain/segment'
import { localToday } from '../../insights/lib/dates'
import { attributedBuyerIds } from '../campaigns/attribution'
import { lapsedDays } from '../lifecycle/settings'
import { analysisNeeds, computeAnalysesInline, type SegmentAnalyses } from './analyses'
import { compileSegment } from './compile'
import type { CompiledSegment, CompileEnv } from './compile-env'
import { segmentQuery } from './customer-query'
import { requireSegment, snapshotMembers } from './queries'

/** What every compilation starts from: today, now, the analyses and the owner's lapsed days. */
export const compileBase = (db: Database.Database, analyses: SegmentAnalyses): Omit<CompileEnv, 'param' | 'useStats'> => ({
  today: localToday(),
  now: new Date().toISOString(),
  analyses,
  lapsedDays: lapsedDays(db),
  campaignBuyers: (campaignId) => attributedBuyerIds(db, campaignId),
})

/** Compiles a definition for today with the analyses given (or computed inline when not). */
export function compileFor(
  db: Database.Database,
  definition: SegmentDefinition,
  analyses?: SegmentAnalyses,
  columns?: (env: CompileEnv) => string,
): CompiledSegment {
  return compileSegment(definition, compileBase(db, analyses ?? computeAnalysesInline(db, analysisNeeds(definition))), columns)
}

/** The live customers a definition picks now, ids ascending. */
export function evaluateSegment(db: Database.Database, definition: SegmentDefinition, analyses?: SegmentAnalyses): number[] {
  const compiled = compileFor(db, definition, analyses)
  return db
    .prepare(segmentQuery(compiled, 'c.id', 'ORDER BY c.id'))
    .pluck()
    .all(compiled.params) as number[]
}

export function countSegment(db: Database.Database, definition: SegmentDefinition, analyses?: SegmentAnalyses): number {
  const compiled = compileFor(db, definition, analyses)
  return db.prepare(segmentQuery(compiled, 'count(*)')).pluck().get(compiled.params) as number
}

/**
 * A saved segment's customers: a snapshot's stored members (as frozen, whatever happened
 * since), a definition's live customers now. Throws `segment_not_found` for an unknown id.
 */
export function segmentCustomerIds(db: Database.Database, segmentId: number, analyses?: SegmentAnalyses): number[] {
  const segment = requireSegment(db, segmentId)
  return segment.frozenAt !== null ? snapshotMembers(db, segmentId) : evaluateSegment(db, segment.definition, analyses)
}
