import { z } from 'zod'
import { channel } from '../channel'
import { productInput, productPatch } from '../../domain/product'
import type { ProductHit, ProductRow } from '../../domain/order-types'
import { id, isoDateTime, limit, paging, sortBy, wellFormed } from '../schemas'

export const PRODUCT_SORT_COLUMNS = ['name', 'sku', 'category', 'price', 'cost', 'updatedAt'] as const
export type ProductSortColumn = (typeof PRODUCT_SORT_COLUMNS)[number]

export const productListInput = z.strictObject({
  /** Name, SKU, full pinyin or initials. */
  query: wellFormed(z.string()).max(100).optional(),
  category: wellFormed(z.string()).max(100).optional(),
  status: z.enum(['active', 'inactive', 'all']),
  sort: sortBy(PRODUCT_SORT_COLUMNS),
  ...paging(500),
})
export type ProductListInput = z.output<typeof productListInput>

/** The catalog: list, item search for the order form, create, inline edits, delete (only without sales) and its undo. */
export const productChannels = {
  'products.list': channel<{ rows: ProductRow[]; total: number }>()(productListInput),
  /** Active products for the order form, best matches first (an exact SKU first of all). */
  'products.search': channel<ProductHit[]>()(z.strictObject({ query: wellFormed(z.string()).max(100), limit: limit(20) })),
  'products.get': channel<ProductRow>()(z.strictObject({ id })),
  'products.create': channel<ProductRow>()(productInput.omit({ uid: true })),
  /** `updatedAt` as the editor saw it: a product changed since is refused (`stale_edit`). */
  'products.update': channel<ProductRow>()(z.strictObject({ id, updatedAt: isoDateTime, patch: productPatch })),
  /** Only a product no order line names; one with sales is deactivated instead (`product_has_sales`). */
  'products.delete': channel<{ count: number }>()(z.strictObject({ id })),
  /** Undoes a delete. */
  'products.restore': channel<ProductRow>()(z.strictObject({ id })),
  /** Categories in use, most products first. */
  'products.categories': channel<string[]>()(z.strictObject({})),
}
