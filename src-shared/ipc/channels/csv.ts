import { csvExportChannels } from './csv-export'
import { csvImportChannels } from './csv-import'

/** Import and export of CSV files: one domain, one name (`csv`), two halves for size. */
export const csvChannels = { ...csvImportChannels, ...csvExportChannels }
