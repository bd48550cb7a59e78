import { translate, type Locale } from '../../../src-shared/i18n'
import type { HeaderStyle } from '../../../src-shared/ipc/channels/csv-export'

/** Every file an export writes, by its stable (English) name. */
export const EXPORT_FILES = [
  'sales-journal',
  'order-lines',
  'refunds-cancellations',
  'customers',
  'orders',
  'survey-requests',
  'manifest',
] as const
export type ExportFile = (typeof EXPORT_FILES)[number]

/** A file's name: stable English (`sales-journal.csv`), or in the UI language (`销售日记账.csv`). */
export function exportFileName(file: ExportFile, style: HeaderStyle, locale: Locale, ext = 'csv'): string {
  return `${style === 'keys' ? file : translate(locale, `csv.export.files.${file}`)}.${ext}`
}
