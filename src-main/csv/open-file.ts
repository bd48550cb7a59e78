import type { ImportKind, Mapping } from '../../src-shared/ipc/channels/csv-import'
import type Database from 'better-sqlite3'
import { checkOverride, decodeHead, detectEncoding, type DetectedEncoding, type Encoding } from './detect-encoding'
import { DELIMITERS, detectDialect, type Delimiter, type Dialect } from './detect-dialect'
import { KINDS } from './kinds'
import { loadSavedMapping } from './mapping/saved'
import { suggestMapping } from './mapping/suggest'
import { checkInflation, fileSize, readHead } from './source'
import { recordScanner } from './limits'

export interface OpenedFile extends DetectedEncoding, Dialect {
  size: number
  mapping: Mapping
}

/**
 * Everything known before reading the whole file: encoding (detected or the user's, checked),
 * delimiter, header row and the mapping — the user's, else the one saved for this source,
 * else suggested from the header names.
 */
export async function openCsv(
  db: Database.Database,
  file: string,
  kind: ImportKind,
  choice: { encoding?: Encoding | 'auto'; delimiter?: Delimiter; mapping?: Mapping },
): Promise<OpenedFile> {
  const size = fileSize(file)
  await checkInflation(file)
  const head = await readHead(file)
  const encoding = !choice.encoding || choice.encoding === 'auto' ? detectEncoding(head) : checkOverride(head, choice.encoding)
  const text = decodeHead(head, encoding)
  // Sniffing a line of a million columns would take seconds: a line past the limits for any
  // delimiter it might use is refused first (./limits.ts).
  for (const delimiter of choice.delimiter ? [choice.delimiter] : DELIMITERS) recordScanner(delimiter).scan(text)
  const dialect = detectDialect(text, choice.delimiter)
  const mapping = choice.mapping ?? loadSavedMapping(db, kind, dialect.header) ?? suggestMapping(KINDS[kind], dialect.header)
  return { ...encoding, ...dialect, size, mapping }
}
