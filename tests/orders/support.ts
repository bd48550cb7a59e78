import type { ChannelInput } from '../../src-shared/ipc'
import type { TestBackend } from '../support/test-db'
import { call } from '../customers/helpers'

/** A small shop for the order tests: two customers and three products. */
export async function smallShop(backend: TestBackend) {
  const zhang = (await call(backend, 'customers.create', { name: '张三', phone: '13800138000' })).customer
  const li = (await call(backend, 'customers.create', { name: '李四' })).customer
  const beans = await call(backend, 'products.create', { sku: 'BN-0101', name: '咖啡豆 250g', price: 8800 })
  const papers = await call(backend, 'products.create', { sku: 'SP-0101', name: '滤纸', price: 1200 })
  const mug = await call(backend, 'products.create', { sku: 'MUG-1', name: '马克杯', price: 5900 })
  return { zhang, li, beans, papers, mug }
}

export type Shop = Awaited<ReturnType<typeof smallShop>>

/** A sale input: these products × quantities at their price, paid by WeChat. */
export function sale(
  customerId: number | null,
  items: [product: { id: number; price: number }, quantity: number][],
  extra: Partial<ChannelInput<'orders.create'>> = {},
): ChannelInput<'orders.create'> {
  return {
    customerId,
    paymentMethod: 'wechat',
    lines: items.map(([product, quantity]) => ({ productId: product.id, description: '', quantity, unitPrice: product.price })),
    ...extra,
  }
}

/** Row counts of every table an order write touches, to prove a refused write changed nothing. */
export function orderTableCounts(backend: TestBackend): Record<string, number> {
  const tables = ['orders', 'order_lines', 'order_refunds', 'order_refund_lines', 'audit_log', 'products']
  return Object.fromEntries(tables.map((t) => [t, backend.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]))
}

/** The customer's figures as the customers table keeps them. */
export const stats = (backend: TestBackend, id: number) =>
  backend.db
    .prepare('SELECT lifetime_value AS ltv, order_count AS orders, last_purchase_at AS last FROM customers WHERE id = ?')
    .get(id) as {
    ltv: number
    orders: number
    last: string | null
  }
