import { createHash } from 'node:crypto'
import { closeSync, openSync, writeSync } from 'node:fs'
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
const NEEDS_QUOTES = /[",\r\n]/
const QUOTE = /"/g

/**
 * RFC 4180 quoting, by hand: csv-stringify's per-record machinery was two thirds of the time
 * of a million-line export, and the rule (quote when a cell holds `"`, `,`, CR or LF; double
 * the quotes) is all we need. The import side still uses csv-parse.
 */
function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text
}
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
    const flush = (chunk: string[]): void => put(encode(chunk.join('')))
    flush([columns.map((c) => quote(guardCell(c.header))).join(',') + '\r\n'])
    let chunk: string[] = []
    for (const row of rows) {
      let line = ''
      for (let i = 0; i < columns.length; i++) line += (i === 0 ? '' : ',') + quote(cellText(columns[i].kind, row[i]))
      chunk.push(line + '\r\n')
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
