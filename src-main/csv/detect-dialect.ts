import { parse } from 'csv-parse/sync'
import { AppError } from '../../src-shared/ipc/app-error'

export const DELIMITERS = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof DELIMITERS)[number]

export interface Dialect {
  delimiter: Delimiter
  /** 1-based line where the header record starts (after a `sep=` line or title rows). */
  headerLine: number
  /** Header cells as written. */
  header: string[]
  /** The first data records, for the preview and for mapping suggestions. */
  sample: string[][]
}

const SAMPLE_ROWS = 50

/** Excel writes `sep=;` as the first line to tell itself the delimiter. */
function sepLine(text: string): Delimiter | null {
  const match = /^sep=(.)\r?\n/.exec(text)
  const found = DELIMITERS.find((d) => d === match?.[1])
  return found ?? null
}

interface Candidate {
  delimiter: Delimiter
  records: { record: string[]; line: number }[]
  width: number
  agreeing: number
}

/**
 * Sniffs delimiter and header row from the decoded head of the file: for each candidate the
 * most common record width wins if most records agree with it; the header is the first
 * record that is that wide (title rows above a table are skipped).
 */
export function detectDialect(text: string, forced?: Delimiter): Dialect {
  const sep = sepLine(text)
  const body = sep ? text.slice(text.indexOf('\n') + 1) : text
  const lineOffset = sep ? 1 : 0
  const complete = completeLines(body)
  if (complete.trim() === '') throw new AppError('csv_empty')
  const choices = forced ? [forced] : sep ? [sep] : DELIMITERS
  const sniffed = choices.map((d) => sniff(complete, d))
  const candidates = sniffed.filter((c): c is Candidate => !('unclosedQuoteLine' in c))
  if (candidates.length === 0) {
    // Every delimiter fails on the same quote; the first choice (`,` unless forced) says where.
    const line = (sniffed[0] as Unparsable).unclosedQuoteLine + lineOffset
    throw new AppError('csv_unclosed_quote', { row: line })
  }
  const best = candidates.reduce((a, b) => (score(b) > score(a) ? b : a))
  const headerIndex = best.records.findIndex((r) => r.record.length === best.width)
  const header = best.records[headerIndex]
  if (best.records.length - headerIndex < 1) throw new AppError('csv_empty')
  return {
    delimiter: best.delimiter,
    headerLine: header.line + lineOffset,
    header: header.record,
    sample: best.records.slice(headerIndex + 1, headerIndex + 1 + SAMPLE_ROWS).map((r) => r.record),
  }
}

const score = (c: Candidate): number => (c.width > 1 ? c.agreeing * c.width : 0) + c.agreeing / 1000

/** Drops a last line cut in half by the head limit (unless the whole file fits). */
function completeLines(text: string): string {
  const lastBreak = text.lastIndexOf('\n')
  return lastBreak > 0 && text.length >= 4096 ? text.slice(0, lastBreak + 1) : text
}

/** A head that does not parse: the quote that never closes opens on the line after the last record. */
interface Unparsable {
  unclosedQuoteLine: number
}

function sniff(text: string, delimiter: Delimiter): Candidate | Unparsable {
  let rows: { record: string[]; info: { lines: number } }[]
  let lastRecordLine = 0
  try {
    // csv-parse's sync typings ignore `info: true`; the records really are { record, info }.
    rows = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      to: 200,
      on_record: (record, context) => {
        lastRecordLine = context.lines
        return record
      },
    }) as unknown as typeof rows
  } catch {
    return { unclosedQuoteLine: lastRecordLine + 1 }
  }
  let lineStart = 1
  const records = rows.map(({ record, info }) => {
    const line = lineStart
    lineStart = info.lines + 1
    return { record, line }
  })
  const widths = new Map<number, number>()
  for (const r of records) widths.set(r.record.length, (widths.get(r.record.length) ?? 0) + 1)
  const [width, agreeing] = [...widths].reduce((a, b) => (b[1] > a[1] || (b[1] === a[1] && b[0] > a[0]) ? b : a), [0, 0])
  return { delimiter, records, width, agreeing }
}
