import { tableWriter } from '../db/sql'

/**
 * Product writes shared by the importer (product files, and the SKUs an order file names) and
 * the seed. SKUs are unique (the schema refuses a second); callers own the transaction, the
 * audit row and the change event.
 */

export interface ProductValues {
  sku: string
  name: string
  category?: string | null
  /** Minor units, as is `cost`. */
  price?: number
  cost?: number | null
  active?: boolean
}

const products = tableWriter<ProductValues>('products', (p) => ({
  sku: p.sku,
  name: p.name,
  category: p.category,
  price: p.price,
  cost: p.cost,
  active: p.active === undefined ? undefined : p.active ? 1 : 0,
}))

export const insertProduct = products.insert
export const updateProduct = products.update
