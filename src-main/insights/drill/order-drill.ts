import type { OrderDrill } from '../../../src-shared/ipc/channels/drill'
import { COUNTED_ORDER } from '../sql/counted-orders'

/**
 * The orders behind a sales mark, as conditions over `orders o`: the sales rule every insight
 * counts by, an order's campaign as campaign revenue attributes it (`sql/campaign-revenue.ts`),
 * and a basket holding every product of a rule as the bundle miner reads baskets
 * (`sql/baskets.ts`: counted orders' product lines, a product once per order).
 */
export function orderDrillSql(drill: OrderDrill): { clauses: string[]; params: Record<string, number> } {
  const clauses = [COUNTED_ORDER]
  const params: Record<string, number> = {}
  if (drill.campaignId !== undefined) {
    clauses.push('o.campaign_id = @drillCampaignId')
    params.drillCampaignId = drill.campaignId
  }
  drill.productIds?.forEach((productId, i) => {
    clauses.push(`o.id IN (SELECT order_id FROM order_lines WHERE product_id = @drillProduct${i})`)
    params[`drillProduct${i}`] = productId
  })
  return { clauses, params }
}
