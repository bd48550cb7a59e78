import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { createGunzip } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportReport } from '../../src-shared/ipc/channels/csv-import'
import { sharedDataFile } from '../support/shared-data'
import { importCsv, openCsvTestDb } from './support'

const file = sharedDataFile('online_retail.csv.gz')

/**
 * An independent count of the file with a plain line split (the file has no quoted commas in
 * its numeric columns; descriptions are read from the end of the line, not needed here).
 */
async function countFile(path: string) {
  const invoices = new Set<string>()
  const cancelled = new Set<string>()
  const customers = new Set<string>()
  const skus = new Set<string>()
  let lines = 0
  let subCent = 0
  let cents = 0n
  const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()) })
  let header = true
  for await (const line of rl) {
    if (header) {
      header = false
      continue
    }
    const [invoice, sku] = line.split(',', 2).map((s) => s.replace(/"/g, ''))
    const tail = line.split(',').slice(-5) // Quantity, InvoiceDate, UnitPrice, CustomerID, Country
    const [quantity, , price, customer] = tail
    lines++
    invoices.add(invoice)
    if (invoice.startsWith('C')) cancelled.add(invoice)
    if (customer !== '') customers.add(customer)
    skus.add(sku)
    const [whole, fraction = ''] = price.replace('-', '').split('.')
    if (fraction.length > 2) {
      subCent++
      continue
    }
    const priceCents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'))
    cents += (price.startsWith('-') ? -priceCents : priceCents) * BigInt(quantity)
  }
  return { lines, invoices: invoices.size, cancelled: cancelled.size, customers: customers.size, skus: skus.size, subCent, cents }
}

describe.skipIf(!file)('Online Retail (541,909 real order lines)', () => {
  const t = openCsvTestDb()
  let report: ImportReport
  let expected: Awaited<ReturnType<typeof countFile>>
  beforeAll(async () => {
    expected = await countFile(file!)
    report = await importCsv(t.db, file!, { kind: 'orders' })
  }, 300_000)
  afterAll(() => t.close())
  const one = (sql: string): unknown => t.db.prepare(sql).pluck().get()

  it('suggests the whole mapping from the English headers', () => {
    const mapping = JSON.parse(one("SELECT mapping FROM import_mappings WHERE kind = 'orders'") as string)
    expect(mapping).toEqual({
      number: 'InvoiceNo',
      orderedAt: 'InvoiceDate',
      sku: 'StockCode',
      description: 'Description',
      quantity: 'Quantity',
      unitPrice: 'UnitPrice',
      'customer.code': 'CustomerID',
      customerAddress: 'Country',
    })
  })

  it('imports every line but the sub-cent prices, which are flagged', () => {
    expect(report.rows).toBe(expected.lines)
    expect(report.failed).toBe(expected.subCent)
    expect(report.issues.every((i) => i.code === 'money_precision' && i.column === 'UnitPrice')).toBe(true)
    expect(one('SELECT count(*) FROM order_lines')).toBe(expected.lines - expected.subCent)
  })

  it('has the file’s invoices, cancellations, customers and products', () => {
    expect(one('SELECT count(*) FROM orders')).toBe(expected.invoices)
    expect(one("SELECT count(*) FROM orders WHERE status = 'cancelled'")).toBe(expected.cancelled)
    expect(one("SELECT count(*) FROM orders WHERE status = 'cancelled' AND number NOT LIKE 'C%'")).toBe(0)
    expect(one('SELECT count(*) FROM customers')).toBe(expected.customers)
    expect(one('SELECT count(*) FROM products')).toBe(expected.skus)
    expect(one('SELECT count(*) FROM orders WHERE customer_id IS NULL')).toBeGreaterThan(0)
  })

  it('keeps money exact to the cent, lines and order totals alike', () => {
    expect(BigInt(one('SELECT sum(line_total) FROM order_lines') as number)).toBe(expected.cents)
    expect(BigInt(one('SELECT sum(total) FROM orders') as number)).toBe(expected.cents)
    expect(
      one(
        "SELECT count(*) FROM order_lines WHERE quantity < 0 AND order_id IN (SELECT id FROM orders WHERE status = 'cancelled')",
      ),
    ).toBeGreaterThan(0)
  })
})
