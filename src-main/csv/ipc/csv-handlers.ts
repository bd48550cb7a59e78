import type { DomainHandlers } from '../../ipc/handler'
import { csvExportHandlers } from './export-handlers'
import { csvImportHandlers } from './import-handlers'

/** Both halves together; the type makes a channel that neither half serves a compile error. */
export const csvHandlers: DomainHandlers<'csv'> = { ...csvImportHandlers, ...csvExportHandlers }
