/**
 * `npm run seed -- --customers 100000 --orders 300000 [--tickets 10000] [--seed 42] [--db FILE] [--locale zh-CN|en]
 *   [--as-of YYYY-MM-DD] [--open-deals 5000]`
 * Creates (or fills an empty) Kehu data file with a deterministic demo shop. Default file:
 * `$KEHU_DATA_DIR/kehu.sqlite`, else `./kehu-demo.sqlite`.
 */
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { dataFilePath, openDatabase } from '../db'
import { generateShop } from './generate-shop'
import { seedOptionsSchema } from './seed-options'

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '1000' },
    orders: { type: 'string', default: '3000' },
    tickets: { type: 'string' },
    seed: { type: 'string', default: '42' },
    db: { type: 'string' },
    locale: { type: 'string', default: 'zh-CN' },
    'as-of': { type: 'string' },
    'open-deals': { type: 'string' },
  },
  allowPositionals: true,
})

const dataDir = process.env.KEHU_DATA_DIR?.trim()
const file = resolve(values.db ?? (dataDir ? dataFilePath(dataDir) : 'kehu-demo.sqlite'))
// Checked before the file is created, so a typo leaves nothing behind.
const parsed = seedOptionsSchema.safeParse({
  customers: Number(values.customers),
  orders: Number(values.orders),
  tickets: values.tickets === undefined ? undefined : Number(values.tickets),
  seed: Number(values.seed),
  locale: values.locale,
  asOf: values['as-of'],
  openDeals: values['open-deals'] === undefined ? undefined : Number(values['open-deals']),
})
if (!parsed.success) {
  console.error(`seed: ${z.prettifyError(parsed.error)}`)
  process.exit(2)
}
const started = performance.now()
const { db } = openDatabase(file, { create: true })
try {
  let lastShown = 0
  const summary = generateShop(db, {
    ...parsed.data,
    onProgress: (done, total) => {
      const percent = Math.floor((done / Math.max(1, total)) * 100)
      if (percent >= lastShown + 10 || done === total) {
        lastShown = percent
        process.stderr.write(`seed: ${percent}%\n`)
      }
    },
  })
  console.log(JSON.stringify({ file, seconds: Number(((performance.now() - started) / 1000).toFixed(1)), ...summary }, null, 2))
} catch (error) {
  process.exitCode = 1
  console.error(`seed: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  db.close()
}
