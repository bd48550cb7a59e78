import { COUNTED_ORDER } from '../../insights/sql/counted-orders'
import { ATTRIBUTED_ORDERS } from './attribution'

/**
 * Per campaign, over its attributed orders placed in [@start, @end): orders, buyers (and how many
 * of them are members), revenue (total − refunded: a partial refund reduces it, a fully refunded
 * or cancelled order no longer counts at all), and gross profit: each order's `order_margins`
 * (migration `marketing_attribution`, kept by triggers) — line total − quantity × product cost
 * (rounded to a minor unit) on lines whose product has a cost, less the margin its refunds took
 * back; a line without one (free text, or a product with no cost) adds revenue but no profit,
 * and is counted.
 */
export const ATTRIBUTED_FIGURES = `
WITH ${ATTRIBUTED_ORDERS},
  kept AS MATERIALIZED (
    SELECT a.campaign_id, a.order_id, a.customer_id, a.revenue,
           EXISTS (SELECT 1 FROM campaign_members m WHERE m.campaign_id = a.campaign_id AND m.customer_id = a.customer_id) AS member
      FROM attributed a
     WHERE +a.ordered_at >= @start AND +a.ordered_at < @end
  )
SELECT k.campaign_id AS campaignId, count(*) AS orders, count(DISTINCT k.customer_id) AS buyers,
       count(DISTINCT CASE WHEN k.member THEN k.customer_id END) AS memberBuyers, sum(k.revenue) AS revenue,
       coalesce(sum(g.profit), 0) AS grossProfit, coalesce(sum(g.without_cost), 0) AS linesWithoutCost
  FROM kept k LEFT JOIN order_margins g ON g.order_id = k.order_id
 GROUP BY k.campaign_id`

/**
 * Members, contacted and responders per campaign, of live customers: every membership counted in
 * key order, less those of customers in the Trash (few), rather than a customer lookup per member.
 */
export const MEMBER_COUNTS = `
WITH trashed AS (
  SELECT m.campaign_id, count(*) AS members, count(m.contacted_at) AS contacted, count(m.responded_at) AS responders
    FROM customers c CROSS JOIN campaign_members m ON m.customer_id = c.id
   WHERE c.deleted_at IS NOT NULL GROUP BY m.campaign_id
), everyone AS (
  SELECT campaign_id, count(*) AS members, count(contacted_at) AS contacted, count(responded_at) AS responders
    FROM campaign_members GROUP BY campaign_id
)
SELECT e.campaign_id AS campaignId, e.members - coalesce(t.members, 0) AS members,
       e.contacted - coalesce(t.contacted, 0) AS contacted, e.responders - coalesce(t.responders, 0) AS responders
  FROM everyone e LEFT JOIN trashed t ON t.campaign_id = e.campaign_id`

/**
 * The control of each launched campaign: its held-out customers' counted orders from the launch
 * to the end of the window (launch day + attribution days), whatever campaign they carry.
 */
export const CONTROL_FIGURES = `
WITH ends AS MATERIALIZED (
  SELECT value ->> 0 AS campaign_id, value ->> 1 AS starts_at, value ->> 2 AS ends_at FROM json_each(@controlWindows)
)
SELECT e.campaign_id AS campaignId, count(DISTINCT x.customer_id) AS customers,
       count(DISTINCT o.customer_id) AS buyers, coalesce(sum(o.total - o.refunded), 0) AS revenue
  FROM ends e
  JOIN campaign_controls x ON x.campaign_id = e.campaign_id
  JOIN customers c ON c.id = x.customer_id AND c.deleted_at IS NULL
  LEFT JOIN orders o ON o.customer_id = x.customer_id AND o.ordered_at >= e.starts_at AND o.ordered_at < e.ends_at
       AND ${COUNTED_ORDER}
 GROUP BY e.campaign_id`
