import type Database from 'better-sqlite3'
import { CountCache } from '../../src-main/customers/count-cache'
import { listCustomers } from '../../src-main/customers/list-query'
import { searchCustomers } from '../../src-main/customers/search'
import type { ListInput } from '../../src-shared/ipc/channels/customer-schemas'
import { sample } from './measure'

const PAGE = 100

export const page = (sort: ListInput['sort'], offset: number, query?: string): ListInput => ({
  view: 'active',
  sort,
  offset,
  limit: PAGE,
  ...(query === undefined ? {} : { query }),
})

export const BY_NAME = { column: 'name', dir: 'asc' } as const

/** Palette queries: pinyin, initials, CJK, phone fragments, full-width digits, English. */
export const QUERIES = [
  'zs',
  'zhangw',
  '张伟',
  '王',
  'wxm',
  '欧阳',
  '小明',
  '138 0013',
  '１３９',
  '159',
  'james',
  'smith',
  'user123',
  '绿茶和',
  // Issue 9: a country code, a name with a phone fragment, the given name's initials.
  '+86 139',
  '8613912345678',
  '张伟 138',
  'xm',
]

const DEEP_SORTS: ListInput['sort'][] = [
  { column: 'lifetimeValue', dir: 'desc' },
  { column: 'createdAt', dir: 'desc' },
  { column: 'lastPurchaseAt', dir: 'asc' },
  { column: 'phone', dir: 'asc' },
  { column: 'city', dir: 'asc' },
]

/** Samples (ms) of the customer page's reads: the first page, deep sorted pages, palette search, searched list. */
export function customerReads(db: Database.Database, deepOffset = 49_000) {
  const counts = new CountCache()
  return {
    firstPage: sample(() => listCustomers(db, page(BY_NAME, 0), counts), 50),
    deep: sample((i) => listCustomers(db, page(DEEP_SORTS[i % DEEP_SORTS.length], deepOffset + (i % 20) * 100), counts), 100),
    search: sample((i) => searchCustomers(db, QUERIES[i % QUERIES.length], 20), QUERIES.length * 5),
    listSearch: sample((i) => listCustomers(db, page(BY_NAME, 0, QUERIES[i % QUERIES.length]), counts), QUERIES.length * 3),
  }
}
