import type { ProductInput } from '../../../src-shared/domain/product'
import { insertProduct, updateProduct, type ProductValues } from '../../catalog/write'
import { findId } from '../../db/sql'
import { findDuplicate, type KeyLookup } from './match'
import { RowFailure, type KindWriter, type Outcome, type WriterOptions } from './types'

export const productKeys = { uid: (r: ProductInput) => r.uid, sku: (r: ProductInput) => r.sku }

export function productWriter({ db, rules, changes, mapped }: WriterOptions): KindWriter<ProductInput> {
  const lookups: Record<string, KeyLookup<ProductInput>> = {
    uid: { value: productKeys.uid, find: (v) => findId(db, 'products', 'uid', v) },
    sku: { value: productKeys.sku, find: (v) => findId(db, 'products', 'sku', v) },
  }
  return {
    write(record): Outcome {
      const { uid, ...product } = record
      const match = findDuplicate(rules, lookups, record)
      if (match?.action === 'skip') return 'skipped'
      if (match?.action === 'update') {
        changes.updated('products', match.id)
        // Only mapped columns change: defaults (price 0, active) must not overwrite real values.
        const patch = Object.fromEntries(Object.entries(product).filter(([key]) => mapped.has(key))) as Partial<ProductValues>
        updateProduct(db, match.id, patch)
        return 'updated'
      }
      if (match) throw new RowFailure('duplicate_unique', { value: record.sku })
      changes.created('products', insertProduct(db, product, { uid }))
      return 'created'
    },
    finish: () => undefined,
  }
}
