import { z } from 'zod'
import { channel } from '../channel'
import { isoDate } from '../schemas'
import { CUSTOMER_LIST_COLUMNS, listInput } from './customer-schemas'

import { EXPORT_ENCODINGS, EXPORT_KINDS, HEADER_STYLES } from './csv-types'

export {
  EXPORT_ENCODINGS,
  EXPORT_KINDS,
  HEADER_STYLES,
  type ExportEncoding,
  type ExportKind,
  type HeaderStyle,
} from './csv-types'

export interface ExportedFile {
  name: string
  rows: number
  sha256: string
}

export interface ExportResult {
  files: ExportedFile[]
}

export const exportRequest = z.strictObject({
  kind: z.enum(EXPORT_KINDS),
  from: isoDate.optional(),
  to: isoDate.optional(),
  encoding: z.enum(EXPORT_ENCODINGS).default('utf8bom'),
  headers: z.enum(HEADER_STYLES).default('ui'),
  /** File names in stable English (`sales-journal.csv`) or the UI language (`销售日记账.csv`). */
  fileNames: z.enum(HEADER_STYLES).default('keys'),
  /** Accountant pack only: one .zip instead of a folder. */
  zip: z.boolean().default(false),
})
export type ExportRequest = z.input<typeof exportRequest>

/** Columns of the customer list a table export can write: every column the list can show. */
export const LIST_EXPORT_COLUMNS = CUSTOMER_LIST_COLUMNS
export type ListExportColumn = (typeof LIST_EXPORT_COLUMNS)[number]

/**
 * "Export what the list shows": the list's query (filter and sort, no paging) and its
 * visible columns. The main process reads every matching row itself, so a 100,000-row list
 * never crosses IPC and the file holds exactly what the query matches.
 */
export const tableExport = z.strictObject({
  list: z.literal('customers'),
  query: listInput.omit({ offset: true, limit: true }),
  columns: z.array(z.enum(LIST_EXPORT_COLUMNS)).min(1).max(LIST_EXPORT_COLUMNS.length),
  encoding: z.enum(EXPORT_ENCODINGS).default('utf8bom'),
  headers: z.enum(HEADER_STYLES).default('ui'),
})
export type TableExport = z.input<typeof tableExport>

/** The export half of the `csv.*` channels (see ./csv.ts). */
export const csvExportChannels = {
  /** Asks where to save (folder, or a .zip for the accountant pack) and writes the files. */
  'csv.export': channel<ExportResult | null>()(exportRequest),
  /** Saves what a list view shows as one CSV (null when the user cancels the dialog). */
  'csv.exportList': channel<ExportResult | null>()(tableExport),
}
