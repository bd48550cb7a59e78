import { AppError } from '../../src-shared/ipc/app-error'
import type { Mapping } from '../../src-shared/ipc/channels/csv-import'
import type { FieldSpec, KindSpec } from './kinds/types'

export interface Column {
  field: FieldSpec
  index: number
  header: string
}

/**
 * Turns a field → header mapping into column positions, refusing what would import wrong
 * data: unknown fields, headers not in the file, a mapped header that appears twice, and
 * required fields left unmapped (with a hint when the file has one column: wrong delimiter).
 */
export function resolveMapping(spec: KindSpec, header: string[], mapping: Mapping): Column[] {
  const columns: Column[] = []
  for (const [key, name] of Object.entries(mapping)) {
    const field = spec.fields.find((f) => f.key === key)
    if (!field) throw new AppError('import_unknown_field', { field: key })
    const indexes = header.flatMap((h, i) => (h === name ? [i] : []))
    if (indexes.length === 0) throw new AppError('import_header_missing', { header: name })
    if (indexes.length > 1) throw new AppError('csv_duplicate_header', { header: name })
    columns.push({ field, index: indexes[0], header: name })
  }
  const missing = spec.fields.filter((f) => f.required && !(f.key in mapping)).map((f) => f.key)
  if (missing.length > 0 && header.length === 1) throw new AppError('csv_one_column', { header: header[0] })
  if (missing.length > 0) throw new AppError('import_required_unmapped', { fields: missing.join(', ') })
  return columns
}
