import type Database from 'better-sqlite3'
import type { RfmSegment } from '../../../src-shared/domain/analytics'
import type { ChurnBand, SegmentDefinition } from '../../../src-shared/domain/segment'
import { churnLabels, clusterLabels, rfmLabels, type Labels } from '../../insights/drill/labels'
import { localToday } from '../../insights/lib/dates'

/** The churn window the dashboard's churn card uses: a band here means what the card shows. */
export const CHURN_WINDOW_DAYS = 180

/**
 * What the analysis-based rules (RFM segment, churn band, cluster — and lifecycle's "churn risk
 * high") read: each customer's label from the analysis, as of the day it was computed.
 */
export interface SegmentAnalyses {
  rfm?: Labels<RfmSegment>
  /** Absent from a definition's needs, or null when the churn model cannot be fitted (lifecycle then skips it). */
  churn?: Labels<ChurnBand> | null
  clusters: Record<number, Labels<number>>
}

export interface AnalysisNeeds {
  rfm: boolean
  churn: 'required' | 'optional' | false
  clusterKs: readonly number[]
}

export function analysisNeeds(definition: SegmentDefinition): AnalysisNeeds {
  const rules = definition.groups.flatMap((g) => g.rules)
  const churnRule = rules.some((r) => r.kind === 'churnRisk')
  // Every stage reads churn: "new" and "returning" are those not at risk.
  const lifecycle = rules.some((r) => r.kind === 'lifecycle')
  return {
    rfm: rules.some((r) => r.kind === 'rfm'),
    churn: churnRule ? 'required' : lifecycle ? 'optional' : false,
    clusterKs: [...new Set(rules.flatMap((r) => (r.kind === 'cluster' ? [r.k] : [])))],
  }
}

/** The oldest "as of" day among the analyses used, or null when none is (for "as of <date>"). */
export function analysesAsOf(analyses: SegmentAnalyses): string | null {
  const days = [analyses.rfm?.asOf, analyses.churn?.asOf, ...Object.values(analyses.clusters).map((l) => l.asOf)]
  return days.filter((d): d is string => d !== undefined).sort()[0] ?? null
}

/**
 * The analyses computed here and now on this connection (synchronous): what callers without
 * the handler context (a campaign launch, an export) get. Handlers use `load-analyses.ts`,
 * which goes through the analytics worker and its cache.
 */
export function computeAnalysesInline(db: Database.Database, needs: AnalysisNeeds): SegmentAnalyses {
  const env = { today: localToday(), progress: () => undefined }
  const churn = (): Labels<ChurnBand> => churnLabels(db, { windowDays: CHURN_WINDOW_DAYS }, env)
  return {
    rfm: needs.rfm ? rfmLabels(db, {}, env) : undefined,
    churn: needs.churn === 'required' ? churn() : needs.churn === 'optional' ? orNull(churn) : undefined,
    clusters: Object.fromEntries(needs.clusterKs.map((k) => [k, clusterLabels(db, { k }, env)])),
  }
}

/** An optional analysis that cannot be computed (too few customers, one class) is left out. */
export function orNull<T>(compute: () => T): T | null {
  try {
    return compute()
  } catch {
    return null
  }
}
