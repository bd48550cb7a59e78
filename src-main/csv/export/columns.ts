import { translate, type Locale } from '../../../src-shared/i18n'
import type { HeaderStyle } from '../../../src-shared/ipc/channels/csv-export'
import type { Cell, CellKind, CsvColumn } from '../write-csv'

/** An exported column: a stable key, how to write it, and the SQL expression that reads it. */
export interface ColumnDef {
  key: string
  kind: CellKind
  sql: string
  /** Label namespace: importable fields use the importer's names, so files map back. */
  labels?: 'importer' | 'exporter'
}

export function headers(defs: ColumnDef[], style: HeaderStyle, locale: Locale): CsvColumn[] {
  return defs.map((d) => ({
    kind: d.kind,
    header:
      style === 'keys'
        ? d.key
        : translate(locale, d.labels === 'exporter' ? `csv.export.columns.${d.key}` : `csv.import.fields.${d.key}`),
  }))
}

export const selectList = (defs: ColumnDef[]): string => defs.map((d) => d.sql).join(', ')

/** Rows as arrays, in column order, straight from a raw statement. */
export type RowIterator = Iterable<Cell[]>
