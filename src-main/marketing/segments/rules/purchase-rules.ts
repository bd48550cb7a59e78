import type { RuleOf } from '../../../../src-shared/domain/segment'
import { dayStartUtc, shiftDays } from '../../../insights/lib/dates'
import type { CompileEnv } from '../compile-env'

/**
 * Rules on each customer's counted orders (`insights/sql/counted-orders.ts`), joined as `s`.
 * A customer who never bought has no `s` row: "more than N days ago" and the average order value
 * are then false (never bought is its own rule), order count and spend are 0.
 */
export function lastPurchaseSql(rule: RuleOf<'lastPurchase'>, env: CompileEnv): string {
  env.useStats()
  // N whole local days ago: a purchase on the day `today − N` is exactly N days ago.
  const bound = env.param(dayStartUtc(shiftDays(env.today, -rule.days)))
  return rule.op === 'withinDays' ? `s.last_at >= ${bound}` : `s.last_at < ${bound}`
}

/**
 * No `customer_sales` row. Asked on its own rather than through the joined `s`: a definition of
 * only customer-row rules and this one then reads no figures for the other customers (half the
 * time of a 100,000-customer "any" segment on the 1M-line shop).
 */
export function neverBoughtSql(_rule: RuleOf<'neverBought'>, _env: CompileEnv): string {
  return 'NOT EXISTS (SELECT 1 FROM customer_sales bought WHERE bought.customer_id = c.id)'
}

const AMOUNT_COLUMNS = {
  orderCount: 'coalesce(s.orders, 0)',
  totalSpend: 'coalesce(s.spend, 0)',
  averageOrderValue: '(s.spend * 1.0 / s.orders)',
} as const

/** Bounds are inclusive; money in minor units. */
export function amountSql(rule: RuleOf<'orderCount' | 'totalSpend' | 'averageOrderValue'>, env: CompileEnv): string {
  env.useStats()
  const column = AMOUNT_COLUMNS[rule.kind]
  const bounds = [
    rule.min === undefined ? null : `${column} >= ${env.param(rule.min)}`,
    rule.max === undefined ? null : `${column} <= ${env.param(rule.max)}`,
  ]
  return bounds.filter((b) => b !== null).join(' AND ')
}
