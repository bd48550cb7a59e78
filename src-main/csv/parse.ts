import { statSync } from 'node:fs'
import { basename } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { parse, CsvError } from 'csv-parse'
import iconv from 'iconv-lite'
import { AppError } from '../../src-shared/ipc/app-error'
import type { DetectedEncoding } from './detect-encoding'
import type { Delimiter } from './detect-dialect'
import { limitRecords } from './limits'
import { openBytes } from './source'

export interface ReadOptions extends DetectedEncoding {
  delimiter: Delimiter
  /** 1-based line of the header record; data starts after it. */
  headerLine: number
}

/** Records are yielded in batches: one await per batch, not per row, keeps parsing fast. */
export interface RecordBatch {
  /** Spreadsheet row number of `records[0]` (the header is row 1). */
  firstRow: number
  records: string[][]
  /** Raw bytes read from disk so far, for progress. */
  bytesRead: number
}

/**
 * Streams the data records of a CSV file (after the header), decoded and parsed with
 * csv-parse, with bounded memory whatever the file size. Parse failures become translated
 * `AppError`s naming the row; a file that vanishes or shrinks mid-read becomes `csv_unreadable`.
 */
export async function* readRecords(file: string, options: ReadOptions): AsyncGenerator<RecordBatch> {
  const before = fingerprint(file)
  const { stream, bytesRead } = openBytes(file)
  const parser = parse({
    delimiter: options.delimiter,
    from_line: options.headerLine + 1,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: false,
  })
  const skipBom = skipBytes(options.bom)
  // Hostile files are refused before the parser buffers a giant record (./limits.ts).
  const limits = limitRecords(options.delimiter)
  // csv-parse decodes UTF-8 itself, field by field; decoding the bytes first only had it
  // encode the text back to bytes (a tenth of the parse). Other encodings go through iconv.
  const flowing = (
    options.encoding === 'utf8'
      ? pipeline(stream, skipBom, limits, parser)
      : pipeline(stream, skipBom, iconv.decodeStream(options.encoding, { stripBOM: false }), limits, parser)
  ).catch((error: unknown) => {
    parser.destroy(error instanceof Error ? error : new Error(String(error)))
  })
  let row = 2
  let batch: string[][] = []
  let batchStart = 0
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      batch.push(record)
      // 2,000 rows, or fewer long ones: a batch holds at most BATCH_TEXT of the file.
      if (batch.length === 2000 || parser.info.bytes - batchStart > BATCH_TEXT) {
        yield { firstRow: row, records: batch, bytesRead: bytesRead() }
        row += batch.length
        batch = []
        batchStart = parser.info.bytes
      }
    }
    await flowing
    // A file deleted or truncated while we read it would otherwise import silently half.
    if (fingerprint(file) !== before || bytesRead() !== statSize(file)) throw new AppError('csv_changed')
    if (batch.length > 0) yield { firstRow: row, records: batch, bytesRead: bytesRead() }
  } catch (error) {
    throw toAppError(error, file, row + batch.length)
  } finally {
    parser.destroy()
    await flowing
  }
}

/** Most of the file's text one batch of records holds (rows are validated and written per batch). */
const BATCH_TEXT = 32 * 1024 * 1024

/** A transform that drops the first `count` bytes (the BOM). */
function skipBytes(count: number) {
  let left = count
  return async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      if (left === 0) {
        yield chunk
        continue
      }
      const drop = Math.min(left, chunk.length)
      left -= drop
      if (drop < chunk.length) yield chunk.subarray(drop)
    }
  }
}

function statSize(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return -1
  }
}

function fingerprint(file: string): string {
  try {
    const s = statSync(file)
    return `${s.size}:${s.mtimeMs}:${s.ino}`
  } catch {
    return 'missing'
  }
}

function toAppError(error: unknown, file: string, row: number): AppError {
  if (error instanceof AppError) return error
  if (error instanceof CsvError) {
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') return new AppError('csv_unclosed_quote', { row })
    return new AppError('csv_malformed', { row, detail: error.message })
  }
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR') return new AppError('csv_truncated', { file: basename(file) })
  return new AppError('csv_unreadable', { file: basename(file) })
}
