import { COUNTED_ORDER } from '../../insights/sql/counted-orders'
import { ATTRIBUTED_ORDERS } from './attribution'

/**
 * Per campaign, over its attributed orders placed in [@start, @end): orders, buyers (and how many
 * of them are members), revenue (total − refunded: a partial refund reduces it, a fully refunded
 * or cancelled order no longer counts at all), and gross profit. Profit is line total − quantity ×
 * product cost (rounded to a minor unit) on lines whose product has a cost; a line without one
 * (free text, or a product with no cost) adds revenue but no profit, and is counted. A refund
 * takes back its lines' margin (amount − quantity × cost).
 */
export const ATTRIBUTED_FIGURES = `
WITH ${ATTRIBUTED_ORDERS},
  kept AS MATERIALIZED (
    SELECT a.campaign_id, o.id, o.customer_id, o.total - o.refunded AS revenue,
           EXISTS (SELECT 1 FROM campaign_members m WHERE m.campaign_id = a.campaign_id AND m.customer_id = o.customer_id) AS member
      FROM attributed a CROSS JOIN orders o ON o.id = a.order_id
     WHERE +o.ordered_at >= @start AND +o.ordered_at < @end
  ),
  sold AS (
    SELECT k.campaign_id,
           sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END) AS profit,
           sum(p.cost IS NULL) AS without_cost
      FROM kept k JOIN order_lines l ON l.order_id = k.id LEFT JOIN products p ON p.id = l.product_id
     GROUP BY k.campaign_id
  ),
  returned AS (
    SELECT k.campaign_id, sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER)) AS profit
      FROM kept k
      JOIN order_refunds r ON r.order_id = k.id AND r.undone_at IS NULL
      JOIN order_refund_lines rl ON rl.refund_id = r.id
      JOIN order_lines l ON l.id = rl.order_line_id
      JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL
     GROUP BY k.campaign_id
  ),
  sales AS (
    SELECT campaign_id, count(*) AS orders, count(DISTINCT customer_id) AS buyers,
           count(DISTINCT CASE WHEN member THEN customer_id END) AS member_buyers, sum(revenue) AS revenue
      FROM kept GROUP BY campaign_id
  )
SELECT s.campaign_id AS campaignId, s.orders, s.buyers, s.member_buyers AS memberBuyers, s.revenue,
       coalesce(so.profit, 0) - coalesce(r.profit, 0) AS grossProfit, coalesce(so.without_cost, 0) AS linesWithoutCost
  FROM sales s LEFT JOIN sold so ON so.campaign_id = s.campaign_id LEFT JOIN returned r ON r.campaign_id = s.campaign_id`

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
