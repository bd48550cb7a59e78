import { generateShop } from '../../../../src-main/seed/generate-shop'
import { openTestBackend, type TestBackend } from '../../../support/test-db'

async function ok(backend: TestBackend, channel: string, input: unknown): Promise<unknown> {
  const result = await backend.dispatch(channel as never, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.data
}

/**
 * A seeded shop (history up to today) with the cases segments must leave out or treat as
 * the counted-order rule says: customers in the Trash, customers merged into another, and
 * some pending orders (not sales yet) next to the seed's own refunds and cancellations.
 */
export async function seededShop(): Promise<TestBackend & { trashed: number[]; merged: number[] }> {
  const backend = openTestBackend()
  generateShop(backend.db, { customers: 600, orders: 2400, seed: 5 })
  const buyers = backend.db
    .prepare('SELECT DISTINCT customer_id FROM orders WHERE customer_id IS NOT NULL ORDER BY customer_id LIMIT 12')
    .pluck()
    .all() as number[]
  const trashed = buyers.slice(0, 4)
  await ok(backend, 'customers.delete', { ids: trashed })
  const merged = [buyers[4], buyers[6]]
  await ok(backend, 'customers.merge', { keepId: buyers[5], mergeId: buyers[4] })
  await ok(backend, 'customers.merge', { keepId: buyers[7], mergeId: buyers[6] })
  backend.db.prepare("UPDATE orders SET status = 'pending' WHERE id % 37 = 0 AND status = 'completed'").run()
  return Object.assign(backend, { trashed, merged })
}
