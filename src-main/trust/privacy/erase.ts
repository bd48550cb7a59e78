import type Database from 'better-sqlite3'
import type { ErasureResult } from '../../../src-shared/ipc/channels/privacy'
import { AppError } from '../../../src-shared/ipc/app-error'
import { writeAudit } from '../../audit/audit-log'
import { scrubText } from '../../audit/scrub-audit'
import { prepared } from '../../db/sql'
import { writeTransaction } from '../../db/transaction'
import { checkpointWal, forgetTraces, loadPeople, rewriteSearchIndex } from './forget'
import { customerFamily } from './family'

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`
const IN_LIST = 'IN (SELECT value FROM json_each(?))'

/** Free text kept on records that stay, scrubbed of the customer's name and contact details. */
const SCRUBBED_TEXT: { table: string; column: string; where: string }[] = [
  { table: 'orders', column: 'notes', where: `customer_id ${IN_LIST}` },
  { table: 'deals', column: 'title', where: `customer_id ${IN_LIST}` },
  { table: 'tickets', column: 'subject', where: `customer_id ${IN_LIST}` },
  {
    table: 'tasks',
    column: 'title',
    where: `deal_id IN (SELECT id FROM deals WHERE customer_id ${IN_LIST})
      OR order_id IN (SELECT id FROM orders WHERE customer_id ${IN_LIST})
      OR ticket_id IN (SELECT id FROM tickets WHERE customer_id ${IN_LIST})`,
  },
]

/**
 * Erases a customer on request (PIPL): the books stay — their orders (and deals) remain as
 * sales without a customer, so every total the accountant sees is unchanged — and everything
 * that says who they were goes: the customer row and the customers merged into it, their
 * timeline, tasks, tags, segment and campaign memberships and consent (rows deleted); the
 * text of their tickets, ticket messages and survey comments (emptied); their name and contact
 * details in kept records' text and in the audit log (replaced by `***`); the search index.
 * One transaction; the audit log records that an erasure happened, without personal data.
 * It cannot be undone — that is what erasure means; the renderer asks first.
 */
export function eraseCustomer(db: Database.Database, id: number): ErasureResult {
  const result = writeTransaction(db, () => {
    const ids = customerFamily(db, id)
    if (ids.length === 0) throw new AppError('customer_not_found')
    const list = JSON.stringify(ids)
    // Read before anything is unlinked: the records tell which log rows are about them.
    const people = loadPeople(db, ids)
    const words = people.flatMap((p) => [p.name, ...p.contacts])
    for (const { table, column, where } of SCRUBBED_TEXT) {
      const select = prepared(db, `SELECT id, ${column} AS text FROM ${table} WHERE ${where}`)
      const rows = (table === 'tasks' ? select.all(list, list, list) : select.all(list)) as { id: number; text: string }[]
      const update = prepared(db, `UPDATE ${table} SET ${column} = ?, updated_at = ${NOW} WHERE id = ?`)
      for (const row of rows) {
        const text = scrubText(row.text, words)
        if (text !== row.text) update.run(text, row.id)
      }
    }
    const tickets = `SELECT id FROM tickets WHERE customer_id ${IN_LIST}`
    prepared(
      db,
      `UPDATE tasks SET notes = '' WHERE ticket_id IN (${tickets}) OR deal_id IN (SELECT id FROM deals WHERE customer_id ${IN_LIST})`,
    ).run(list, list)
    prepared(db, `UPDATE ticket_events SET body = '', updated_at = ${NOW} WHERE ticket_id IN (${tickets})`).run(list)
    prepared(db, `UPDATE tickets SET body = '', customer_id = NULL, updated_at = ${NOW} WHERE customer_id ${IN_LIST}`).run(list)
    prepared(
      db,
      `UPDATE survey_responses SET comment = '', customer_id = NULL, updated_at = ${NOW} WHERE customer_id ${IN_LIST}`,
    ).run(list)
    prepared(db, `UPDATE survey_requests SET customer_id = NULL WHERE customer_id ${IN_LIST}`).run(list)
    const orders = prepared(db, `UPDATE orders SET customer_id = NULL, updated_at = ${NOW} WHERE customer_id ${IN_LIST}`).run(
      list,
    ).changes
    const deals = prepared(db, `UPDATE deals SET customer_id = NULL, updated_at = ${NOW} WHERE customer_id ${IN_LIST}`).run(
      list,
    ).changes
    prepared(db, `UPDATE customers SET merged_into_id = NULL WHERE merged_into_id ${IN_LIST} AND id NOT ${IN_LIST}`).run(
      list,
      list,
    )
    forgetTraces(db, people, true)
    prepared(db, `DELETE FROM customers WHERE id ${IN_LIST}`).run(list)
    rewriteSearchIndex(db)
    writeAudit(db, { entity: 'customer', entityId: id, action: 'delete', after: { erased: true, orders, deals } })
    return { erased: ids.length, ordersKept: orders, dealsKept: deals }
  })
  checkpointWal(db)
  return result
}
