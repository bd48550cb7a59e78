import { z } from 'zod'
import { channel } from '../channel'

export const EXPORT_KINDS = ['customers', 'orders', 'accountant'] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]
export const EXPORT_ENCODINGS = ['utf8bom', 'gb18030'] as const
export type ExportEncoding = (typeof EXPORT_ENCODINGS)[number]
/** Header row in the UI language, or stable English field keys (for scripts and re-import). */
export const HEADER_STYLES = ['ui', 'keys'] as const
export type HeaderStyle = (typeof HEADER_STYLES)[number]

export interface ExportedFile {
  name: string
  rows: number
  sha256: string
}

export interface ExportResult {
  files: ExportedFile[]
}

const isoDay = z.iso.date()

export const exportRequest = z.strictObject({
  kind: z.enum(EXPORT_KINDS),
  from: isoDay.optional(),
  to: isoDay.optional(),
  encoding: z.enum(EXPORT_ENCODINGS).default('utf8bom'),
  headers: z.enum(HEADER_STYLES).default('ui'),
  /** Accountant pack only: one .zip instead of a folder. */
  zip: z.boolean().default(false),
})
export type ExportRequest = z.input<typeof exportRequest>

const cell = z.union([z.string().max(20_000), z.number(), z.null()])

/** A list view's current rows and columns, exactly as shown. */
export const tableExport = z.strictObject({
  fileName: z.string().min(1).max(100).regex(/^[^/\\:*?"<>|]+$/),
  columns: z.array(z.strictObject({ label: z.string().max(100), kind: z.enum(['text', 'number', 'money']) })).min(1).max(60),
  rows: z.array(z.array(cell).max(60)).max(200_000),
  encoding: z.enum(EXPORT_ENCODINGS).default('utf8bom'),
})

export const exportsChannels = {
  /** Asks where to save (folder, or a .zip for the accountant pack) and writes the files. */
  'exports.run': channel<ExportResult | null>()(exportRequest),
  /** Saves what a list view shows as one CSV (null when the user cancels the dialog). */
  'exports.table': channel<ExportResult | null>()(tableExport),
}
