import type Database from 'better-sqlite3'
import { insertRow, metaValues, updateRow, type RowMeta, type Values } from '../db/sql'

/**
 * Product writes shared by the importer (product files, and the SKUs an order file names) and
 * the seed. SKUs are unique (the schema refuses a second one); callers own the transaction,
 * the audit row and the change event.
 */

export interface ProductValues {
  sku: string
  name: string
  category?: string | null
  price?: number
  cost?: number | null
  active?: boolean
}

export function insertProduct(db: Database.Database, product: ProductValues, meta: RowMeta = {}): number {
  return insertRow(db, 'products', { ...productColumns(product), ...metaValues(meta) })
}

/** Applies the given fields; absent ones stay. */
export function updateProduct(db: Database.Database, id: number, patch: Partial<ProductValues>): void {
  updateRow(db, 'products', id, productColumns(patch))
}

function productColumns(p: Partial<ProductValues>): Values {
  return {
    sku: p.sku, name: p.name, category: p.category, price: p.price, cost: p.cost,
    active: p.active === undefined ? undefined : p.active ? 1 : 0,
  }
}
