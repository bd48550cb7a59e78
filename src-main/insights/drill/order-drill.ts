import type Database from 'better-sqlite3'
import type { OrderDrill } from '../../../src-shared/ipc/channels/drill'
import { attributedOrderIds } from '../../marketing/campaigns/attribution'
import { COUNTED_ORDER } from '../sql/counted-orders'

/**
 * The orders behind a sales mark, as conditions over `orders o`: the sales rule every insight
 * counts by, the orders attributed to a campaign (`marketing/campaigns/attribution.ts`: its own,
 * or a contacted member's within the window — the figures of `sql/campaign-revenue.ts`),
 * and a basket holding every product of a rule as the bundle miner reads baskets
 * (`sql/baskets.ts`: counted orders' product lines, a product once per order).
 */
export function orderDrillSql(
  db: Database.Database,
  drill: OrderDrill,
): { clauses: string[]; params: Record<string, number | string> } {
  const clauses = [COUNTED_ORDER]
  const params: Record<string, number | string> = {}
  if (drill.campaignId !== undefined) {
    clauses.push('o.id IN (SELECT value FROM json_each(@drillCampaignOrders))')
    params.drillCampaignOrders = JSON.stringify(attributedOrderIds(db, drill.campaignId))
  }
  drill.productIds?.forEach((productId, i) => {
    clauses.push(`o.id IN (SELECT order_id FROM order_lines WHERE product_id = @drillProduct${i})`)
    params[`drillProduct${i}`] = productId
  })
  return { clauses, params }
}
