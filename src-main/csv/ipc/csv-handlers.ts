import type { DomainHandlers } from '../../ipc/handler'
import { csvExportHandlers } from './export-handlers'
import { csvImportHandlers } from './import-handlers'

/** Some of the `csv.*` handlers; the two halves together must be complete (checked below). */
export type CsvHandlers<C extends keyof DomainHandlers<'csv'>> = Pick<DomainHandlers<'csv'>, C>

export const csvHandlers: DomainHandlers<'csv'> = { ...csvImportHandlers, ...csvExportHandlers }
