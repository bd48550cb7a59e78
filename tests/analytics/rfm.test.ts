import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { rfm, rfmScores, type RfmOrderLine } from '../../src-main/analytics'
import { quintiles } from '../../src-main/analytics/rfm'
import { sharedDataFile, sharedDataSkipReason } from '../support/shared-data'
import ref from '../reference/rfm-online-retail.json'
import { relErr, splitCsvLine } from './support'

const retail = sharedDataFile('online_retail.csv.gz')

/** The slice rfm-online-retail.py takes: lines with a customer in the listed countries. */
function readSlice(file: string): RfmOrderLine[] {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n')
  const header = splitCsvLine(lines[0])
  const col = (name: string): number => header.indexOf(name)
  const [inv, qty, date, price, cust, country] = [
    'InvoiceNo',
    'Quantity',
    'InvoiceDate',
    'UnitPrice',
    'CustomerID',
    'Country',
  ].map(col)
  const out: RfmOrderLine[] = []
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].length === 0) continue
    const f = splitCsvLine(lines[i])
    if (f[cust] === '' || !ref.countries.includes(f[country])) continue
    out.push({ customerId: f[cust], orderId: f[inv], at: f[date], amount: Number(f[qty]) * Number(f[price]) })
  }
  return out
}

describe.skipIf(!retail)(`rfm vs pandas on online_retail (Germany + France)${retail ? '' : ` — ${sharedDataSkipReason}`}`, () => {
  it('reproduces recency, frequency, monetary and the r/f/m quintile scores', () => {
    const orders = readSlice(retail as string)
    expect(orders).toHaveLength(ref.lines)
    const rows = rfm(orders, { asOf: ref.asOf })
    expect(rows.map((r) => r.customerId)).toEqual(ref.rows.map((r) => r.customerId))
    rows.forEach((row, i) => {
      const e = ref.rows[i]
      expect(row.recencyDays, row.customerId).toBe(e.recencyDays)
      expect(row.frequency, row.customerId).toBe(e.frequency)
      expect(relErr(row.monetary, e.monetary), row.customerId).toBeLessThan(1e-9)
      expect([row.r, row.f, row.m], row.customerId).toEqual([e.r, e.f, e.m])
    })
  })

  it("scores pandas' own per-customer totals (what SQL hands the app) to pandas' quintiles", () => {
    const scores = rfmScores({
      recencyDays: ref.rows.map((e) => e.recencyDays),
      frequency: ref.rows.map((e) => e.frequency),
      monetary: ref.rows.map((e) => e.monetary),
    })
    expect(ref.rows.map((_, i) => [scores.r[i], scores.f[i], scores.m[i]])).toEqual(ref.rows.map((e) => [e.r, e.f, e.m]))
  })
})

describe('rfm semantics', () => {
  it('counts whole calendar days, distinct orders and signed amounts', () => {
    const rows = rfm(
      [
        { customerId: 'b', orderId: '1', at: '2024-01-30 23:59:00', amount: 10 },
        { customerId: 'b', orderId: '1', at: '2024-01-30 23:59:00', amount: 5 },
        { customerId: 'b', orderId: 'C2', at: '2024-01-31T00:01:00', amount: -3 },
        { customerId: 'a', orderId: '3', at: '2023-12-31', amount: 7 },
      ],
      { asOf: '2024-02-01' },
    )
    expect(rows.map((r) => [r.customerId, r.recencyDays, r.frequency, r.monetary])).toEqual([
      ['a', 32, 1, 7],
      ['b', 1, 2, 12],
    ])
    // Two customers: the more recent, more frequent and bigger spender scores 5.
    expect(rows.map((r) => [r.r, r.f, r.m])).toEqual([
      [1, 1, 1],
      [5, 5, 5],
    ])
  })

  it('quintiles are rank-based with ties in input order', () => {
    expect(quintiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
    expect(quintiles([7, 7, 7, 7, 7])).toEqual([1, 2, 3, 4, 5])
  })

  it('rejects bad input', () => {
    const ok = { customerId: 'a', orderId: '1', at: '2024-01-01', amount: 1 }
    expect(() => rfm([], { asOf: '2024-01-02' })).toThrow(/orders is empty/)
    expect(() => rfm([ok], { asOf: 'yesterday' })).toThrow(/asOf must start with a YYYY-MM-DD date/)
    expect(() => rfm([{ ...ok, at: '2024-02-30' }], { asOf: '2024-03-02' })).toThrow(/not a real date/)
    expect(() => rfm([{ ...ok, amount: Number.NaN }], { asOf: '2024-01-02' })).toThrow(/amount is not a finite number/)
    expect(() => rfm([{ ...ok, at: '2024-01-05' }], { asOf: '2024-01-02' })).toThrow(/after asOf/)
    expect(() => rfm([{ ...ok, customerId: '' }], { asOf: '2024-01-02' })).toThrow(/customerId is missing/)
  })
})

describe('rfmScores', () => {
  it('scores totals given in customerId order exactly as rfm() scores the order lines', () => {
    const orders = Array.from({ length: 60 }, (_, i) => ({
      customerId: `c${i % 17}`,
      orderId: `o${i % 41}`,
      at: `2024-0${1 + (i % 6)}-1${i % 9}`,
      amount: (i * 37) % 11,
    }))
    const rows = rfm(orders, { asOf: '2024-07-01' })
    const scores = rfmScores({
      recencyDays: Float64Array.from(rows, (r) => r.recencyDays),
      frequency: Float64Array.from(rows, (r) => r.frequency),
      monetary: Float64Array.from(rows, (r) => r.monetary),
    })
    expect(rows.map((r, i) => [scores.r[i], scores.f[i], scores.m[i]])).toEqual(rows.map((r) => [r.r, r.f, r.m]))
    expect(() => rfmScores({ recencyDays: [1], frequency: [], monetary: [1] })).toThrow(/equal lengths/)
  })
})
