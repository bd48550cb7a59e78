import { createHash } from 'node:crypto'
import { closeSync, openSync, writeSync } from 'node:fs'
import { stringify } from 'csv-stringify/sync'
import iconv from 'iconv-lite'
import { formatMinor } from '../../src-shared/domain/money'
import type { ExportEncoding, ExportedFile } from '../../src-shared/ipc/channels/exports'
import { guardCell } from './formula-guard'

export type CellKind = 'text' | 'number' | 'money'
export type Cell = string | number | null

export interface CsvColumn {
  header: string
  kind: CellKind
}

const CHUNK = 10_000
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])

/** One cell as written: text guarded against formulas, money as an exact plain decimal. */
function cellText(kind: CellKind, value: Cell): string {
  if (value === null) return ''
  if (kind === 'money') return formatMinor(Number(value))
  if (kind === 'number') return String(value)
  return guardCell(String(value))
}

/**
 * Writes a CSV file (UTF-8 with BOM so Excel reads Chinese, or GB18030), CRLF line ends,
 * quoting only where needed; returns its row count and SHA-256, hashed from the bytes written.
 */
export function writeCsv(path: string, columns: CsvColumn[], rows: Iterable<Cell[]>, encoding: ExportEncoding): ExportedFile & { path: string } {
  const fd = openSync(path, 'w')
  const hash = createHash('sha256')
  const put = (bytes: Buffer): void => {
    hash.update(bytes)
    writeSync(fd, bytes)
  }
  const encode = (text: string): Buffer => (encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8'))
  let count = 0
  try {
    if (encoding === 'utf8bom') put(UTF8_BOM)
    const flush = (chunk: string[][]): void => put(encode(stringify(chunk, { record_delimiter: 'windows' })))
    flush([columns.map((c) => guardCell(c.header))])
    let chunk: string[][] = []
    for (const row of rows) {
      chunk.push(columns.map((c, i) => cellText(c.kind, row[i])))
      if (chunk.length === CHUNK) {
        flush(chunk)
        count += chunk.length
        chunk = []
      }
    }
    if (chunk.length > 0) flush(chunk)
    count += chunk.length
  } finally {
    closeSync(fd)
  }
  return { path, name: path.split(/[\\/]/).pop() ?? path, rows: count, sha256: hash.digest('hex') }
}
