import { AppError } from '../../../src-shared/ipc/app-error'
import type { InFilePolicy, MatchRule } from '../../../src-shared/ipc/channels/csv-import'
import type { KindSpec } from '../kinds/types'
import type { OpenedFile } from '../open-file'
import { readRecords } from '../parse'
import type { RowResult } from '../validate'
import { InFileDuplicates } from './in-file-duplicates'

export interface ScanOptions<R> {
  file: string
  opened: OpenedFile
  spec: KindSpec<R>
  rules: readonly MatchRule[]
  policy: InFilePolicy
  validate(cells: string[], row: number): RowResult<R>
  onProgress?(bytesRead: number): void
  isCancelled?(): boolean
}

/**
 * Reads the whole file once before anything is written and groups the rows that are the same
 * record on an active match key, validated exactly as the import will. Null for kinds whose
 * rows cannot repeat a record (orders) or when no match key is active.
 */
export async function scanInFileDuplicates<R>(options: ScanOptions<R>): Promise<InFileDuplicates | null> {
  const { spec } = options
  const keys = options.rules.map((rule) => rule.key).filter((key) => spec.fileKeys?.[key] !== undefined)
  if (!spec.fileKeys || keys.length === 0) return null
  const valueOf = keys.map((key) => [key, spec.fileKeys![key]] as const)
  const duplicates = new InFileDuplicates(options.policy, new Set(spec.uniqueKeys ?? []))
  for await (const batch of readRecords(options.file, options.opened)) {
    if (options.isCancelled?.()) throw new AppError('cancelled')
    batch.records.forEach((cells, i) => {
      const row = batch.firstRow + i
      const result = options.validate(cells, row)
      if (result.ok)
        duplicates.add(
          row,
          valueOf.map(([key, value]) => [key, value(result.record)] as const),
        )
    })
    options.onProgress?.(batch.bytesRead)
  }
  duplicates.finish()
  return duplicates
}
