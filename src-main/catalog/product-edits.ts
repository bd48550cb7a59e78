import type Database from 'better-sqlite3'
import type { ProductInput, ProductPatch } from '../../src-shared/domain/product'
import type { ProductRow } from '../../src-shared/domain/order-types'
import { AppError } from '../../src-shared/ipc/app-error'
import { writeAudit } from '../audit/audit-log'
import { NEXT_UPDATED_AT, prepared } from '../db/sql'
import { assertNotStale } from '../db/stale-edit'
import { writeTransaction } from '../db/transaction'
import { requireProductRow } from './queries'
import { insertProduct, updateProduct } from './write'

/**
 * What the products page does to a product, each in one transaction with its audit row.
 * A product with sales is never deleted (past orders name it): it is deactivated instead.
 */

/** Creates a product; a SKU left by a deleted product without sales is taken over (that row goes). */
export function createProduct(db: Database.Database, input: Omit<ProductInput, 'uid'>): ProductRow {
  return writeTransaction(db, () => {
    prepared(
      db,
      'DELETE FROM products WHERE sku = ? AND deleted_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM order_lines WHERE product_id = products.id)',
    ).run(input.sku)
    const id = guardSku(db, input.sku, () => insertProduct(db, input))
    const after = requireProductRow(db, id)
    writeAudit(db, { entity: 'product', entityId: id, action: 'create', after })
    return after
  })
}

/** Applies an inline edit made on the version `seenUpdatedAt`; a product changed since is refused. */
export function editProduct(db: Database.Database, id: number, seenUpdatedAt: string, patch: ProductPatch): ProductRow {
  return writeTransaction(db, () => {
    const before = requireProductRow(db, id)
    assertNotStale(db, 'products', id, seenUpdatedAt)
    guardSku(db, patch.sku, () => updateProduct(db, id, patch))
    const after = requireProductRow(db, id)
    writeAudit(db, { entity: 'product', entityId: id, action: 'update', before, after })
    return after
  })
}

/** Deletes (softly, so it can be undone) a product no order line names. */
export function deleteProduct(db: Database.Database, id: number): void {
  writeTransaction(db, () => {
    const before = requireProductRow(db, id)
    if (before.hasSales) {
      const count = prepared(db, 'SELECT count(*) FROM order_lines WHERE product_id = ?').pluck().get(id) as number
      throw new AppError('product_has_sales', { name: before.name, count })
    }
    prepared(
      db,
      `UPDATE products SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), updated_at = ${NEXT_UPDATED_AT} WHERE id = ?`,
    ).run(id)
    writeAudit(db, { entity: 'product', entityId: id, action: 'delete', before })
  })
}

/** Undoes a delete. */
export function restoreProduct(db: Database.Database, id: number): ProductRow {
  return writeTransaction(db, () => {
    const restored = prepared(
      db,
      `UPDATE products SET deleted_at = NULL, updated_at = ${NEXT_UPDATED_AT} WHERE id = ? AND deleted_at IS NOT NULL`,
    ).run(id)
    if (restored.changes === 0) throw new AppError('product_not_found', { id })
    const after = requireProductRow(db, id)
    writeAudit(db, { entity: 'product', entityId: id, action: 'restore', after })
    return after
  })
}

/** Turns the UNIQUE(sku) violation into a message that names the product holding the SKU. */
function guardSku<T>(db: Database.Database, sku: string | undefined, write: () => T): T {
  try {
    return write()
  } catch (error) {
    if (sku === undefined || (error as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error
    const owner = prepared(db, 'SELECT name FROM products WHERE sku = ?').pluck().get(sku) as string
    throw new AppError('product_sku_taken', { sku, name: owner })
  }
}
