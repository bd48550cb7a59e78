import type { TargetColumn } from '../../../src-shared/ipc/channels/target-lists'
import type { CellKind } from '../../csv/write-csv'

/** Each column's SQL over the customers row `c`, and how the CSV writer formats it. */
export const TARGET_COLUMNS: Record<TargetColumn, { sql: string; kind: CellKind }> = {
  name: { sql: 'c.name', kind: 'text' },
  phone: { sql: 'c.phone', kind: 'text' },
  wechatId: { sql: 'c.wechat_id', kind: 'text' },
  tags: {
    sql: `(SELECT group_concat(t.name, ', ' ORDER BY t.name) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
           WHERE ct.customer_id = c.id)`,
    kind: 'text',
  },
  code: { sql: 'c.code', kind: 'text' },
  email: { sql: 'c.email', kind: 'text' },
  city: { sql: 'c.city', kind: 'text' },
  source: { sql: 'c.source', kind: 'text' },
  orderCount: { sql: 'c.order_count', kind: 'number' },
  lifetimeValue: { sql: 'c.lifetime_value', kind: 'money' },
  lastPurchaseAt: { sql: 'c.last_purchase_at', kind: 'date' },
  // Translated by the job (a stored value is a catalog key).
  consent: { sql: 'c.marketing_consent', kind: 'text' },
  consentOn: { sql: 'c.consent_on', kind: 'date' },
}
