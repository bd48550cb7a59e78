import type { z } from 'zod'
import type { ImportKind, MatchKey } from '../../../src-shared/ipc/channels/csv-import'
import type { KindWriter, WriterOptions } from '../commit/types'

export type FieldType = 'text' | 'money' | 'number' | 'integer' | 'date' | 'datetime' | 'phone' | 'email' | 'enum' | 'ratio'

/** One column the importer can fill. `key` may be nested (`customer.phone`). */
export interface FieldSpec {
  key: string
  type: FieldType
  /** Header names (Chinese and English) that suggest this field; compared normalised. */
  synonyms: string[]
  required?: boolean
  /** For `enum`: normalised cell text → stored value. */
  values?: Record<string, string>
}

/** Everything the pipeline needs to import one kind of record. */
export interface KindSpec<R = unknown> {
  kind: ImportKind
  fields: FieldSpec[]
  /** The domain schema shared with the forms. */
  schema: z.ZodType<R>
  /** Keys a user may match duplicates on, and the default ones. */
  matchKeys: readonly MatchKey[]
  defaultMatch: readonly MatchKey[]
  writer(options: WriterOptions): KindWriter<R>
  /** The table a row of this kind creates or updates (whose updates the preview lists). */
  table: string
  /**
   * A row's value for each match key, compared across the rows of one file to find rows that
   * are the same record twice (absent for orders, whose rows repeat the order by design).
   */
  fileKeys?: Record<string, (record: R) => string | null | undefined>
  /** Of the file keys, those unique in the database: two rows cannot both become records. */
  uniqueKeys?: readonly string[]
}
