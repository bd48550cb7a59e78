import type Database from 'better-sqlite3'
import type { ProductHit, ProductRow } from '../../src-shared/domain/order-types'
import { AppError } from '../../src-shared/ipc/app-error'
import type { ProductListInput, ProductSortColumn } from '../../src-shared/ipc/channels/products'
import { prepared } from '../db/sql'
import { planProductSearch } from './search-plan'

const ROW = `p.id, p.sku, p.name, p.category, p.price, p.cost, p.active, p.updated_at AS updatedAt,
  EXISTS (SELECT 1 FROM order_lines l WHERE l.product_id = p.id) AS hasSales`

type RowRecord = Omit<ProductRow, 'active' | 'hasSales'> & { active: number; hasSales: number }
const toRow = (r: RowRecord): ProductRow => ({ ...r, active: r.active === 1, hasSales: r.hasSales === 1 })

// Ties end on id so paging is stable; names sort by pinyin (sort_key), as customers do.
const ORDER: Record<ProductSortColumn, string[]> = {
  name: ['p.sort_key'],
  sku: ['p.sku'],
  category: ['p.category', 'p.sort_key'],
  price: ['p.price'],
  cost: ['p.cost'],
  updatedAt: ['p.updated_at'],
}

const STATUS = { active: 'AND p.active = 1', inactive: 'AND p.active = 0', all: '' } as const

/** One page of the catalog and how many products match in all. */
export function listProducts(db: Database.Database, input: ProductListInput): { rows: ProductRow[]; total: number } {
  const search = planProductSearch(input.query ?? '')
  const params: Record<string, string | number> = { ...search?.params }
  let where = `p.deleted_at IS NULL ${STATUS[input.status]}`
  if (search) where += ` AND ${search.where}`
  if (input.category !== undefined) {
    where += ' AND p.category = @category'
    params.category = input.category
  }
  const dir = input.sort.dir === 'asc' ? 'ASC' : 'DESC'
  const order = [...ORDER[input.sort.column], 'p.id'].map((c) => `${c} ${dir}`)
  if (search) order.unshift(search.rank)
  const rows = prepared(
    db,
    `SELECT ${ROW} FROM products p WHERE ${where} ORDER BY ${order.join(', ')} LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: input.limit, offset: input.offset }) as RowRecord[]
  const total = prepared(db, `SELECT count(*) FROM products p WHERE ${where}`).pluck().get(params) as number
  return { rows: rows.map(toRow), total }
}

/** Active products for the order form's item search, best matches first. */
export function searchProducts(db: Database.Database, query: string, limit: number): ProductHit[] {
  const search = planProductSearch(query)
  if (!search) return []
  return prepared(
    db,
    `SELECT p.id, p.sku, p.name, p.category, p.price FROM products p
     WHERE p.deleted_at IS NULL AND p.active = 1 AND ${search.where}
     ORDER BY ${search.rank}, p.sort_key, p.id LIMIT @limit`,
  ).all({ ...search.params, limit }) as ProductHit[]
}

/** A live product as the list shows it; `product_not_found` when there is none. */
export function requireProductRow(db: Database.Database, id: number): ProductRow {
  const row = prepared(db, `SELECT ${ROW} FROM products p WHERE p.id = ? AND p.deleted_at IS NULL`).get(id) as
    RowRecord | undefined
  if (!row) throw new AppError('product_not_found', { id })
  return toRow(row)
}

/** Categories of live products, most used first. */
export function productCategories(db: Database.Database): string[] {
  return prepared(
    db,
    `SELECT category FROM products WHERE deleted_at IS NULL AND category IS NOT NULL AND category <> ''
     GROUP BY category ORDER BY count(*) DESC, category`,
  )
    .pluck()
    .all() as string[]
}
