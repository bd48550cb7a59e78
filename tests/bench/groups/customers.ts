import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { performance } from 'node:perf_hooks'
import { bootBackend } from '../../../src-main/app/boot'
import { noDialogs } from '../../../src-main/app/create-context'
import { CountCache } from '../../../src-main/customers/count-cache'
import { listCustomers } from '../../../src-main/customers/list-query'
import { deferSearchIndex } from '../../../src-main/customers/deferred-search-index'
import { searchCustomers } from '../../../src-main/customers/search'
import { insertCustomer } from '../../../src-main/customers/write'
import { openDatabase } from '../../../src-main/db'
import { writeTransaction } from '../../../src-main/db/transaction'
import type { CustomerInput } from '../../../src-shared/domain/customer'
import type { BenchContext } from '../context'
import { insertBareTable, insertCeiling } from '../customer-ceilings'
import { BY_NAME, QUERIES, customerReads, page } from '../customer-reads'
import { median, p95, round, sample, timeMs } from '../measure'

const CUSTOMERS = 100_000
const ORDERS = 200_000

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '曾',
  '欧阳',
]
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '小明',
  '建华',
  '子涵',
  '欣怡',
  '浩然',
  '梓轩',
]
const EN_FIRST = ['James', 'Mary', 'John', 'Linda', 'David', 'Emma', 'Michael', 'Olivia', 'Lucas', 'Sophia']
const EN_LAST = ['Smith', 'Johnson', 'Brown', 'Taylor', 'Lee', 'Wilson', 'Martin', 'Chen', 'Wong', 'Zhang']
const CITIES = ['杭州', '上海', '北京', '深圳', '广州', '成都', '南京', '苏州', '武汉', '西安', null]
const SOURCES = ['门店', '抖音', '微信', '小红书', '朋友推荐', null]

/** mulberry32: deterministic, so every run measures the same data. */
function rng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function makeCustomers(): CustomerInput[] {
  const r = rng(42)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]
  return Array.from({ length: CUSTOMERS }, (_, i) => {
    const chinese = r() < 0.85
    const name = chinese ? pick(SURNAMES) + pick(GIVEN) + (r() < 0.3 ? pick(GIVEN) : '') : `${pick(EN_FIRST)} ${pick(EN_LAST)}`
    const digits = String(13000000000 + Math.floor(r() * 6999999999))
    return {
      name,
      phone: r() < 0.9 ? `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}` : null,
      email: r() < 0.3 ? `user${i}@example.com` : null,
      city: pick(CITIES),
      source: pick(SOURCES),
      notes: r() < 0.2 ? '老客户，喜欢绿茶和点心' : '',
    }
  })
}

function insertOrders(db: Database.Database): void {
  const r = rng(7)
  const insert = db.prepare(
    'INSERT INTO orders (number, customer_id, ordered_at, status, subtotal, total) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const start = Date.parse('2023-01-01T00:00:00Z')
  writeTransaction(db, () => {
    for (let i = 0; i < ORDERS; i++) {
      const total = 1000 + Math.floor(r() * 200_000)
      const at = new Date(start + Math.floor(r() * 3 * 365 * 86_400_000)).toISOString()
      insert.run(`B${i}`, 1 + Math.floor(r() ** 2 * CUSTOMERS), at, r() < 0.05 ? 'refunded' : 'completed', total, total)
    }
  })
}

export default async function customersBench(ctx: BenchContext): Promise<Record<string, number>> {
  const file = join(ctx.tmpDir, 'kehu.sqlite')
  const { db } = openDatabase(file, { create: true })
  const rows = makeCustomers()
  const bareTable = insertBareTable(db, rows)
  const ceiling = insertCeiling(join(ctx.tmpDir, 'ceiling.sqlite'), rows)
  ctx.log(`ceiling ${Math.round(ceiling)} rows/s (bare table ${Math.round(bareTable)}); inserting ${CUSTOMERS} customers`)
  // The bulk path the importer and the seed use: one transaction, search index filled at the end.
  const insertMs = timeMs(() =>
    writeTransaction(db, () => {
      const index = deferSearchIndex(db)
      for (const c of rows) insertCustomer(db, c)
      index.finish()
    }),
  )
  ctx.log(`inserted in ${Math.round(insertMs)} ms; ${ORDERS} orders`)
  insertOrders(db)
  db.pragma('optimize')

  const { firstPage, deep, search, listSearch } = customerReads(db)
  const worstQuery = QUERIES.map((q) => ({ q, ms: median(sample(() => searchCustomers(db, q, 20), 5, 1)) })).sort(
    (a, b) => b.ms - a.ms,
  )[0]
  ctx.log(`slowest palette query: ${worstQuery.q} ${round(worstQuery.ms)} ms`)

  db.close()
  // The app's start: boot (checks, open, registrar) then the first page. quick_check runs
  // after it (here on this thread, as tools run from sources have no bundled worker; in the
  // app in a worker thread), so it is not inside openToFirstPage; its finish is reported apart.
  const bootStart = performance.now()
  const backend = bootBackend({
    dataDir: ctx.tmpDir,
    platform: 'cli',
    osLocale: 'zh-CN',
    dialogs: noDialogs,
    workerMode: 'inline',
  })
  listCustomers(backend.db, page(BY_NAME, 0), new CountCache())
  const startupMs = performance.now() - bootStart
  const integrity = await backend.integrity.settled
  const integrityMs = performance.now() - bootStart
  backend.close()
  if (integrity.status !== 'ok') throw new Error(`integrity check failed: ${integrity.detail}`)

  return {
    'customers.list.p95_ms': round(p95(firstPage)),
    'customers.sortedPage.p95_ms': round(p95(deep)),
    'customers.search.p95_ms': round(p95(search)),
    'customers.listSearch.p95_ms': round(p95(listSearch)),
    'sqlite.insertCeiling.rowsPerSec': Math.round(ceiling),
    'sqlite.insertBareTable.rowsPerSec': Math.round(bareTable),
    'customers.insert.rowsPerSec': Math.round((CUSTOMERS / insertMs) * 1000),
    'startup.openToFirstPage.ms': round(startupMs),
    'startup.integrityCheck.ms': round(integrityMs),
  }
}
