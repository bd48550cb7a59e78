import { dayStartUtc, shiftDays } from '../../insights/lib/dates'
import { idIn, type CompileEnv } from '../segments/compile-env'

/** Lapsed after this many days without a purchase unless the owner sets another. */
export const DEFAULT_LAPSED_DAYS = 180
/** Overdue: the days since the last purchase exceed this many times the customer's average gap. */
export const OVERDUE_FACTOR = 2

/**
 * Each customer's lifecycle stage as one SQL expression over `customers c` and their counted-order
 * figures `s` (first rule that holds wins):
 * - lead: no counted purchase;
 * - lapsed: the last purchase more than `lapsedDays` whole local days ago (wins over at risk);
 * - at risk: churn risk high in the churn analysis, or — with two or more orders — overdue
 *   against their own rhythm: days since the last purchase > 2 × their average days between
 *   orders ((last − first) / (orders − 1));
 * - new: one counted purchase; returning: two or more.
 */
export function lifecycleStageSql(env: CompileEnv): string {
  return lifecycleParts(env).stage
}

/** The stage and the two reasons for "at risk" (for the record page's explanation), as SQL. */
export function lifecycleParts(env: CompileEnv): { stage: string; overdue: string; churnHigh: string; averageGapDays: string } {
  env.useStats()
  const lapsedBefore = env.param(dayStartUtc(shiftDays(env.today, -env.lapsedDays)))
  const now = env.param(env.now)
  const churnHigh = env.analyses.churn ? idIn(env, env.analyses.churn.ids.high) : '0'
  const averageGapDays = `((julianday(s.last_at) - julianday(s.first_at)) / (s.orders - 1))`
  const overdue = `(s.orders >= 2 AND julianday(${now}) - julianday(s.last_at) > ${OVERDUE_FACTOR} * ${averageGapDays})`
  const stage = `CASE WHEN s.customer_id IS NULL THEN 'lead'
    WHEN s.last_at < ${lapsedBefore} THEN 'lapsed'
    WHEN ${churnHigh} OR ${overdue} THEN 'atRisk'
    WHEN s.orders = 1 THEN 'new' ELSE 'returning' END`
  return { stage, overdue, churnHigh, averageGapDays }
}
