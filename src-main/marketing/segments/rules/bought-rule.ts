import type { RuleOf } from '../../../../src-shared/domain/segment'
import { COUNTED_ORDER } from '../../../insights/sql/counted-orders'
import { dayStartUtc, periodInstants, shiftDays } from '../../../insights/lib/dates'
import type { CompileEnv } from '../compile-env'

/**
 * Bought a product (or any product of a category) in a counted order: ever, never, within the
 * last N days (at most N whole local days ago, like `lastPurchase`), or in a period of local days.
 */
export function boughtSql(rule: RuleOf<'bought'>, env: CompileEnv): string {
  const product =
    'productId' in rule.target
      ? `l.product_id = ${env.param(rule.target.productId)}`
      : `l.product_id IN (SELECT id FROM products WHERE category = ${env.param(rule.target.category)})`
  const when = rule.when
  const period =
    typeof when === 'string'
      ? ''
      : 'withinDays' in when
        ? ` AND o.ordered_at >= ${env.param(dayStartUtc(shiftDays(env.today, -when.withinDays)))}`
        : periodSql(env, periodInstants(when))
  const buyers = `SELECT o.customer_id FROM order_lines l JOIN orders o ON o.id = l.order_id
    WHERE ${product} AND ${COUNTED_ORDER} AND o.customer_id IS NOT NULL${period}`
  return when === 'never' ? `c.id NOT IN (${buyers})` : `c.id IN (${buyers})`
}

const periodSql = (env: CompileEnv, [start, end]: [string, string]): string =>
  ` AND o.ordered_at >= ${env.param(start)} AND o.ordered_at < ${env.param(end)}`
