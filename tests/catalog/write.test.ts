import { describe, expect, it } from 'vitest'
import { insertProduct, updateProduct } from '../../src-main/catalog/write'
import { useFreshDatabase } from '../support/fresh-database'

describe('catalog/write', () => {
  const file = useFreshDatabase()
  const db = () => file.current.db
  const product = (id: number) =>
    db()
      .prepare('SELECT sku, name, category, price, cost, active, uid, created_at, updated_at FROM products WHERE id = ?')
      .get(id)

  it('inserts a product with its columns, active as 0/1, and the defaults for what is not given', () => {
    const id = insertProduct(db(), {
      sku: 'BN-0101',
      name: '耶加雪菲 250g',
      category: '咖啡豆',
      price: 8800,
      cost: 3100,
      active: false,
    })
    expect(product(id)).toMatchObject({
      sku: 'BN-0101',
      name: '耶加雪菲 250g',
      category: '咖啡豆',
      price: 8800,
      cost: 3100,
      active: 0,
    })
    const bare = insertProduct(db(), { sku: 'X-1', name: 'From an order line' })
    expect(product(bare)).toMatchObject({ category: null, price: 0, cost: null, active: 1 })
  })

  it('keeps a given uid and times (re-import, seed)', () => {
    const meta = { uid: 'product-uid-1', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' }
    const id = insertProduct(db(), { sku: 'BN-0102', name: 'Beans' }, meta)
    expect(product(id)).toMatchObject({ uid: meta.uid, created_at: meta.createdAt, updated_at: meta.updatedAt })
  })

  it('updates only the fields given', () => {
    const id = insertProduct(db(), { sku: 'SP-0101', name: 'Filter papers', price: 1200, active: true })
    updateProduct(db(), id, { price: 1500, active: false })
    expect(product(id)).toMatchObject({ sku: 'SP-0101', name: 'Filter papers', price: 1500, active: 0 })
  })

  it('refuses a second product with the same SKU', () => {
    insertProduct(db(), { sku: 'DUP-1', name: 'One' })
    expect(() => insertProduct(db(), { sku: 'DUP-1', name: 'Two' })).toThrow(/UNIQUE constraint failed: products.sku/)
  })
})
