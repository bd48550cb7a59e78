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
      ? `= ${env.param(rule.target.productId)}`
      : `IN (SELECT id FROM products WHERE category = ${env.param(rule.target.category)})`
  const when = rule.when
  const buyers =
    typeof when === 'object' && !('withinDays' in when)
      ? periodBuyers(product, env, periodInstants(when))
      : pairBuyers(product, typeof when === 'object' ? env.param(dayStartUtc(shiftDays(env.today, -when.withinDays))) : null)
  return when === 'never' ? `c.id NOT IN (${buyers})` : `c.id IN (${buyers})`
}

/**
 * Ever, never and within N days read the `customer_products` pairs (migration `marketing_speed`,
 * kept by triggers): one index range per product instead of a category's ~90,000 lines walked
 * to their orders. "Within" holds when the product's last counted purchase is on or after the bound.
 */
const pairBuyers = (product: string, since: string | null): string =>
  `SELECT customer_id FROM customer_products WHERE product_id ${product}${since === null ? '' : ` AND last_at >= ${since}`}`

/** A period needs an order inside it, which the last purchase cannot tell: the lines' orders. */
function periodBuyers(product: string, env: CompileEnv, [start, end]: [string, string]): string {
  // The lines' distinct orders first, then those orders in rowid order: about half the time of
  // looking up each line's order as the lines come.
  return `SELECT o.customer_id FROM orders o
    WHERE o.id IN (SELECT l.order_id FROM order_lines l WHERE l.product_id ${product})
      AND ${COUNTED_ORDER} AND o.customer_id IS NOT NULL
      AND o.ordered_at >= ${env.param(start)} AND o.ordered_at < ${env.param(end)}`
}
