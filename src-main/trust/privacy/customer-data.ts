/**
 * Everything Kehu holds about one customer, one query per file of the export. `?` is the JSON
 * list of the customer and those merged into them (trust/privacy/family.ts).
 */
const IN = 'IN (SELECT value FROM json_each(?))'
const ORDERS = `SELECT id FROM orders WHERE customer_id ${IN}`
const TICKETS = `SELECT id FROM tickets WHERE customer_id ${IN}`

export const CUSTOMER_DATA: { file: string; sql: string }[] = [
  { file: 'customer', sql: `SELECT * FROM customers WHERE id ${IN} ORDER BY id` },
  {
    file: 'tags',
    sql: `SELECT ct.customer_id, t.name AS tag, ct.created_at FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
          WHERE ct.customer_id ${IN} ORDER BY t.name`,
  },
  { file: 'timeline', sql: `SELECT * FROM activities WHERE customer_id ${IN} ORDER BY at` },
  { file: 'tasks', sql: `SELECT * FROM tasks WHERE customer_id ${IN} ORDER BY id` },
  { file: 'orders', sql: `SELECT * FROM orders WHERE customer_id ${IN} ORDER BY ordered_at` },
  { file: 'order-lines', sql: `SELECT * FROM order_lines WHERE order_id IN (${ORDERS}) ORDER BY order_id, position` },
  { file: 'refunds', sql: `SELECT * FROM order_refunds WHERE order_id IN (${ORDERS}) ORDER BY at` },
  { file: 'deals', sql: `SELECT * FROM deals WHERE customer_id ${IN} ORDER BY id` },
  { file: 'tickets', sql: `SELECT * FROM tickets WHERE customer_id ${IN} ORDER BY opened_at` },
  { file: 'ticket-messages', sql: `SELECT * FROM ticket_events WHERE ticket_id IN (${TICKETS}) ORDER BY at` },
  { file: 'survey-answers', sql: `SELECT * FROM survey_responses WHERE customer_id ${IN} ORDER BY at` },
  {
    file: 'segments',
    sql: `SELECT m.customer_id, s.name AS segment, s.kind FROM segment_members m JOIN segments s ON s.id = m.segment_id
          WHERE m.customer_id ${IN} ORDER BY s.name`,
  },
  {
    file: 'campaigns',
    sql: `SELECT m.customer_id, c.name AS campaign, 'member' AS role, m.contacted_at, m.responded_at
          FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id WHERE m.customer_id ${IN}
          UNION ALL
          SELECT k.customer_id, c.name, 'control', NULL, NULL
          FROM campaign_controls k JOIN campaigns c ON c.id = k.campaign_id WHERE k.customer_id ${IN}`,
  },
  {
    file: 'change-history',
    sql: `SELECT at, entity, entity_id, action, before, after FROM audit_log
          WHERE entity = 'customer' AND entity_id ${IN} ORDER BY id`,
  },
]

/** Columns holding money (integer minor units), written as exact decimals. */
export const MONEY_COLUMNS = new Set([
  'lifetime_value',
  'subtotal',
  'discount',
  'tax',
  'total',
  'refunded',
  'unit_price',
  'line_total',
  'amount',
  'value',
])
