import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { loadBaskets } from '../../src-main/insights/sql/baskets'
import type Database from 'better-sqlite3'
import { makeTempDir } from '../support/temp-dir'
import { seedShop } from './support/seeded-results'

/**
 * The baskets read straight into integer columns are the baskets plain SQL groups, order by
 * order: several thousand lines, so the columns grow past their first size many times.
 */
describe('loadBaskets on a seeded shop', () => {
  const temp = makeTempDir('kehu-baskets-')
  let db: Database.Database
  beforeAll(() => {
    db = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true }).db
    seedShop(db)
  })
  afterAll(() => {
    db.close()
    temp.cleanup()
  })

  it('holds every counted order with products, each product once, in order', () => {
    const expected = (
      db
        .prepare(
          `SELECT group_concat(DISTINCT ol.product_id) FROM order_lines ol JOIN orders o ON o.id = ol.order_id
            WHERE o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed') AND ol.product_id IS NOT NULL
            GROUP BY ol.order_id ORDER BY ol.order_id`,
        )
        .pluck()
        .all() as string[]
    ).map((ids) => ids.split(',').sort())
    const baskets = loadBaskets(db)
    const read = Array.from({ length: baskets.count }, (_, t) =>
      Array.from(baskets.items.subarray(baskets.offsets[t], baskets.offsets[t + 1]), (item) => baskets.labels[item]).sort(),
    )
    expect(baskets.items.length).toBeGreaterThan(5000)
    expect(baskets.offsets).toHaveLength(baskets.count + 1)
    expect(read).toEqual(expected)
  })
})
