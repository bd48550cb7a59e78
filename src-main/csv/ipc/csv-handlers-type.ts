import type { DomainHandlers } from '../../ipc/handler'

/**
 * Some of the `csv.*` handlers: the import and export halves each declare theirs, and
 * `csv-handlers.ts` joins them into the complete table.
 */
export type CsvHandlers<C extends keyof DomainHandlers<'csv'>> = Pick<DomainHandlers<'csv'>, C>
