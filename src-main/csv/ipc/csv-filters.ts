import { translate, type Locale } from '../../../src-shared/i18n'
import type { FileFilter } from '../../ipc/context'

/** The file dialogs' filter: CSV and its usual cousins (tab-separated, gzip-compressed). */
export const csvFilters = (locale: Locale): FileFilter[] => [
  { name: translate(locale, 'csv.import.csvFiles'), extensions: ['csv', 'txt', 'tsv', 'gz'] },
]
