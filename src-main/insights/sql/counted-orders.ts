/**
 * Which orders count as sales, in every insight (revenue, RFM, churn, baskets, campaigns):
 * not deleted, and status paid, shipped or completed. `pending` is not revenue yet;
 * `cancelled` and `refunded` orders count nowhere — a refund removes the sale from the month
 * it was made in (we keep no refund date to book a negative amount later). The amount is
 * `orders.total` (after discount, tax included), in integer minor units. Orders of deleted
 * customers are left out of the per-customer insights but stay in the revenue series.
 */
export const COUNTED_STATUSES = `('paid', 'shipped', 'completed')`

export const COUNTED_ORDER = `o.deleted_at IS NULL AND o.status IN ${COUNTED_STATUSES}`

/** Live customers: not in the Trash (merged customers are soft-deleted into the survivor). */
export const LIVE_CUSTOMER = `c.deleted_at IS NULL`
