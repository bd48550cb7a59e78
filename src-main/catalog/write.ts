import { textKeys } from '../customers/search-keys'
import { tableWriter } from '../db/sql'

/**
 * Product writes shared by the products handlers, the importer (product files, and the SKUs an
 * order file names) and the seed. They keep the name's search keys (pinyin, initials, sort key).
 * SKUs are unique (the schema refuses a second); callers own the transaction, the audit row and
 * the change event.
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

const products = tableWriter<ProductValues>('products', (p) => {
  const keys = p.name === undefined ? undefined : textKeys(p.name)
  return {
    sku: p.sku,
    name: p.name,
    category: p.category,
    price: p.price,
    cost: p.cost,
    active: p.active === undefined ? undefined : p.active ? 1 : 0,
    name_pinyin: keys?.namePinyin,
    name_initials: keys?.nameInitials,
    sort_key: keys?.sortKey,
  }
})

export const insertProduct = products.insert
export const updateProduct = products.update
