import type { ProductInput } from '../../../src-shared/domain/product'
import { findDuplicate, type KeyLookup } from './match'
import { findId, insertRow, updateRow, type Values } from './sql'
import { RowFailure, type KindWriter, type Outcome, type WriterOptions } from './types'

export function productValues(p: Partial<ProductInput>): Values {
  return {
    sku: p.sku, name: p.name, category: p.category, price: p.price, cost: p.cost,
    active: p.active === undefined ? undefined : p.active ? 1 : 0,
  }
}

export function productWriter({ db, rules, changes, mapped }: WriterOptions): KindWriter<ProductInput> {
  const lookups: Record<string, KeyLookup<ProductInput>> = {
    uid: { value: (r) => r.uid, find: (v) => findId(db, 'products', 'uid', v) },
    sku: { value: (r) => r.sku, find: (v) => findId(db, 'products', 'sku', v) },
  }
  return {
    write(record): Outcome {
      const match = findDuplicate(rules, lookups, record)
      if (match?.action === 'skip') return 'skipped'
      if (match?.action === 'update') {
        changes.updated('products', match.id)
        // Only mapped columns change: defaults (price 0, active) must not overwrite real values.
        const values = productValues(record)
        for (const key of Object.keys(values)) if (!mapped.has(key)) delete values[key]
        updateRow(db, 'products', match.id, values)
        return 'updated'
      }
      if (match) throw new RowFailure('duplicate_unique', { value: record.sku })
      changes.created('products', insertRow(db, 'products', { ...productValues(record), uid: record.uid }))
      return 'created'
    },
    finish: () => undefined,
  }
}
