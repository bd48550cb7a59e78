import type Database from 'better-sqlite3'

/**
 * The attribution rule written again, plainly, for the tests: every counted order read into
 * memory and given to a campaign by walking its customer's contacts. Independent of the SQL in
 * src-main/marketing/campaigns/attribution.ts (no shared code), so the two can be compared.
 */
export function referenceAttribution(db: Database.Database): Map<number, number> {
  const orders = db
    .prepare(
      `SELECT id, customer_id AS customerId, ordered_at AS orderedAt, campaign_id AS campaignId FROM orders
        WHERE deleted_at IS NULL AND status IN ('paid', 'shipped', 'completed')`,
    )
    .all() as { id: number; customerId: number | null; orderedAt: string; campaignId: number | null }[]
  const contacts = db
    .prepare(
      `SELECT m.campaign_id AS campaignId, m.customer_id AS customerId, m.contacted_at AS contactedAt, c.attribution_days AS days
         FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id JOIN customers u ON u.id = m.customer_id
        WHERE m.contacted_at IS NOT NULL AND c.deleted_at IS NULL AND u.deleted_at IS NULL`,
    )
    .all() as { campaignId: number; customerId: number; contactedAt: string; days: number }[]
  const byCustomer = new Map<number, typeof contacts>()
  for (const c of contacts) byCustomer.set(c.customerId, [...(byCustomer.get(c.customerId) ?? []), c])
  const result = new Map<number, number>()
  for (const o of orders) {
    if (o.campaignId !== null) {
      result.set(o.id, o.campaignId)
      continue
    }
    let best: (typeof contacts)[number] | undefined
    for (const c of byCustomer.get(o.customerId ?? -1) ?? []) {
      if (o.orderedAt < c.contactedAt || o.orderedAt >= windowEnd(c.contactedAt, c.days)) continue
      if (!best || c.contactedAt > best.contactedAt || (c.contactedAt === best.contactedAt && c.campaignId > best.campaignId))
        best = c
    }
    if (best) result.set(o.id, best.campaignId)
  }
  return result
}

/** Local midnight starting the day `days + 1` after the contact's local day, as UTC text. */
function windowEnd(contactedAt: string, days: number): string {
  const contact = new Date(contactedAt)
  return new Date(contact.getFullYear(), contact.getMonth(), contact.getDate() + days + 1).toISOString()
}
