import { closeSync, openSync, writeSync } from 'node:fs'

/**
 * A generated order export: `lines` rows, ~8 lines per order, 20,000 customers, 5,000 SKUs,
 * prices with cents, a cancellation every 50th order — the shape of Online Retail, bigger.
 */
export function writeOrderFile(path: string, lines: number): void {
  const fd = openSync(path, 'w')
  writeSync(fd, 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n')
  let chunk = ''
  for (let i = 0; i < lines; i++) {
    const order = Math.floor(i / 8)
    const number = order % 50 === 49 ? `C${600000 + order}` : String(600000 + order)
    const sku = `SKU${(i * 7919) % 5000}`
    const day = String(1 + (order % 28)).padStart(2, '0')
    const price = `${1 + (i % 40)}.${String(i % 100).padStart(2, '0')}`
    const qty = number.startsWith('C') ? -1 - (i % 3) : 1 + (i % 12)
    chunk += `${number},${sku},"ITEM ${sku}, BLUE",${qty},2011-03-${day} 10:${String(order % 60).padStart(2, '0')}:00,${price},${10000 + (order % 20000)},United Kingdom\n`
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk)
      chunk = ''
    }
  }
  writeSync(fd, chunk)
  closeSync(fd)
}
