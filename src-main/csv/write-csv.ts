import { createHash } from 'node:crypto'
import { writeSync } from 'node:fs'
import { basename } from 'node:path'
import iconv from 'iconv-lite'
import { formatMinor } from '../../src-shared/domain/money'
import type { ExportEncoding, ExportedFile } from '../../src-shared/ipc/channels/csv-export'
import { diskFullError, isDiskFull } from '../db/disk-space'
import { createAtomicFile } from './files/atomic-file'
import { localDate, localDateTime } from './export/local-time'
import { guardCell } from './formula-guard'

/** How a cell is written; dates and date-times in local time (see export/local-time.ts). */
export type CellKind = 'text' | 'number' | 'money' | 'date' | 'datetime'
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
  if (kind === 'date') return guardCell(localDate(String(value)))
  if (kind === 'datetime') return guardCell(localDateTime(String(value)))
  return guardCell(String(value))
}

/** Marks a column whose previous value is not known yet (no cell value is a symbol). */
const UNSET = Symbol('unset')

export interface WriteOptions {
  /** Replace a file of that name (chosen in a save dialog that asked); else take a free numbered name. */
  replace?: boolean
  /** Collects the path of the written file, so a pack that fails later can remove what it wrote. */
  written?: string[]
}

/**
 * Writes a CSV file (UTF-8 with BOM so Excel reads Chinese, or GB18030), CRLF line ends,
 * quoting only where needed; returns its row count and SHA-256, hashed from the bytes written.
 * The file appears whole or not at all (files/atomic-file.ts), and never over one the owner
 * has unless `replace`: then `name` is the numbered name it took (`customers (2).csv`).
 */
export function writeCsv(
  path: string,
  columns: CsvColumn[],
  rows: Iterable<Cell[]>,
  encoding: ExportEncoding,
  options: WriteOptions = {},
): ExportedFile & { path: string } {
  const file = createAtomicFile(path, { replace: options.replace ?? false })
  const hash = createHash('sha256')
  let size = 0
  const put = (bytes: Buffer): void => {
    hash.update(bytes)
    writeSync(file.fd, bytes)
    size += bytes.length
  }
  const encode = (text: string): Buffer => (encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8'))
  const flush = (lines: string[]): void => put(encode(lines.join('\r\n') + '\r\n'))
  const kinds = columns.map((c) => c.kind)
  // A column's text is kept with its value: an order's cells repeat on each of its lines.
  const lastValue: (Cell | typeof UNSET)[] = kinds.map(() => UNSET)
  const texts = kinds.map(() => '')
  let count = 0
  try {
    if (encoding === 'utf8bom') put(UTF8_BOM)
    flush([columns.map((c) => quote(guardCell(c.header))).join(',')])
    let chunk: string[] = []
    for (const row of rows) {
      for (let i = 0; i < kinds.length; i++) {
        const value = row[i]
        if (value === lastValue[i]) continue
        lastValue[i] = value
        texts[i] = quote(cellText(kinds[i], value))
      }
      // join makes one flat string per line; a line grown by += is a chain of dozens of
      // pieces that stay alive until the chunk is written, and the GC copied them all.
      chunk.push(texts.join(','))
      if (chunk.length === CHUNK) {
        flush(chunk)
        count += chunk.length
        chunk = []
      }
    }
    if (chunk.length > 0) flush(chunk)
    count += chunk.length
    const placed = file.commit()
    options.written?.push(placed)
    return { path: placed, name: basename(placed), rows: count, sha256: hash.digest('hex') }
  } catch (error) {
    file.abort()
    // What was written when the disk filled is a floor; twice that is the estimate.
    throw isDiskFull(error) ? diskFullError(path, 2 * size) : error
  }
}
