import type Database from 'better-sqlite3'
import type { CustomerRow } from '../../../src-shared/domain/customer-types'
import { translate, type Locale } from '../../../src-shared/i18n'
import { enumLabel } from '../../../src-shared/i18n/translate'
import type { ExportEncoding, ExportResult, HeaderStyle, ListExportColumn } from '../../../src-shared/ipc/channels/csv-export'
import type { ListInput } from '../../../src-shared/ipc/channels/customer-schemas'
import { listCustomerRows } from '../../customers/list-query'
import { writeCsv, type Cell, type CellKind } from '../write-csv'
import { writingTo } from './export-job'

export interface ListExportInput {
  path: string
  query: Omit<ListInput, 'offset' | 'limit'>
  columns: ListExportColumn[]
  encoding: ExportEncoding
  headers: HeaderStyle
  locale: Locale
}

/** `locale` is the header language, null for stable keys (then enum values stay as stored). */
const COLUMNS: Record<ListExportColumn, { kind: CellKind; value(row: CustomerRow, locale: Locale | null): Cell }> = {
  name: { kind: 'text', value: (r) => r.name },
  code: { kind: 'text', value: (r) => r.code },
  phone: { kind: 'text', value: (r) => r.phone },
  email: { kind: 'text', value: (r) => r.email },
  gender: { kind: 'text', value: (r, locale) => (r.gender && locale ? enumLabel(locale, 'gender', r.gender) : r.gender) },
  birthday: { kind: 'text', value: (r) => r.birthday },
  city: { kind: 'text', value: (r) => r.city },
  address: { kind: 'text', value: (r) => r.address },
  source: { kind: 'text', value: (r) => r.source },
  tags: { kind: 'text', value: (r) => r.tags.map((t) => t.name).join(', ') },
  notes: { kind: 'text', value: (r) => r.notes },
  orderCount: { kind: 'number', value: (r) => r.orderCount },
  lifetimeValue: { kind: 'money', value: (r) => r.lifetimeValue },
  lastPurchaseAt: { kind: 'date', value: (r) => r.lastPurchaseAt },
  createdAt: { kind: 'date', value: (r) => r.createdAt },
  updatedAt: { kind: 'date', value: (r) => r.updatedAt },
}

/** Whole notes in a file, however long (the list itself reads an excerpt). */
const WHOLE_NOTES = 1_000_000_000

const PAGE = 2000

/** Every row the list query matches, in the list's order, read page by page like the list. */
function* listRows(db: Database.Database, input: ListExportInput): Generator<Cell[]> {
  for (let offset = 0; ; offset += PAGE) {
    const rows = listCustomerRows(db, { ...input.query, offset, limit: PAGE }, WHOLE_NOTES)
    const locale = input.headers === 'ui' ? input.locale : null
    for (const row of rows) yield input.columns.map((c) => COLUMNS[c].value(row, locale))
    if (rows.length < PAGE) return
  }
}

/**
 * The customer list exactly as shown (filter, sort, visible columns) as one CSV. Headers use
 * the list's own column names, which the importer recognises, so the file imports back.
 */
export function listExportJob(db: Database.Database, input: ListExportInput): Promise<ExportResult> {
  const columns = input.columns.map((key) => ({
    kind: COLUMNS[key].kind,
    header: input.headers === 'keys' ? key : translate(input.locale, `customers.fields.${key}`),
  }))
  return writingTo(input.path, () => {
    // The save dialog asked before replacing a file of that name.
    const { name, rows, sha256 } = writeCsv(input.path, columns, listRows(db, input), input.encoding, { replace: true })
    return { files: [{ name, rows, sha256 }] }
  })
}
