import type Database from 'better-sqlite3'
import { expect } from 'vitest'
import type { ChannelInput, ChannelName, ChannelOutput, IpcError, IpcResult } from '../../src-shared/ipc'
import type { TestBackend } from '../support/test-db'

/** Calls a channel through the real registrar and returns its data, failing the test on an error. */
export async function call<C extends ChannelName>(
  backend: TestBackend,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = (await backend.dispatch(channel, input)) as IpcResult<ChannelOutput<C>>
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`)
  return result.data
}

/** Calls a channel that must fail; returns the error. */
export async function callError(backend: TestBackend, channel: ChannelName, input: unknown): Promise<IpcError> {
  const result = await backend.dispatch(channel, input)
  expect(result.ok).toBe(false)
  if (result.ok) throw new Error('unreachable')
  return result.error
}

/** Row counts of the tables a customer write may touch, to prove a refused call changed nothing. */
export function tableCounts(db: Database.Database): Record<string, number> {
  const tables = ['customers', 'customer_tags', 'tags', 'activities', 'audit_log', 'orders']
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]))
}

let orderNumber = 0

/** An order row as the sales module would write it (the stats triggers react to it). */
export function insertOrder(
  db: Database.Database,
  customerId: number | null,
  total: number,
  orderedAt: string,
  status = 'completed',
): number {
  orderNumber += 1
  return Number(
    db
      .prepare('INSERT INTO orders (number, customer_id, ordered_at, status, subtotal, total) VALUES (?, ?, ?, ?, ?, ?)')
      .run(`T-${orderNumber}`, customerId, orderedAt, status, total, total).lastInsertRowid,
  )
}
