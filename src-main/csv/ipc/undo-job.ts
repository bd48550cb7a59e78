import type Database from 'better-sqlite3'
import type { UndoResult } from '../../../src-shared/domain/import-undo'
import type { Locale } from '../../../src-shared/i18n'
import { undoImport } from '../undo'

export interface UndoJobInput {
  importId: number
  /** For the names in a refusal's message. */
  locale: Locale
}

/** An import's undo as a writing job: it may remove or restore hundreds of thousands of rows. */
export const undoJob = (db: Database.Database, { importId, locale }: UndoJobInput): UndoResult => undoImport(db, importId, locale)
