import type Database from 'better-sqlite3'
import type { Locale } from '../../src-shared/i18n'
import { ensureDefaultLostReasons } from '../deals/default-lost-reasons'
import { ensureDefaultPipelineStages } from '../deals/default-stages'

/** First-run content every new shop needs: the default pipeline stages and lost reasons, in its language. */
export function prepareNewDatabase(db: Database.Database, locale: Locale): void {
  ensureDefaultPipelineStages(db, locale)
  ensureDefaultLostReasons(db, locale)
}
