import type Database from 'better-sqlite3'
import type { Locale } from '../../src-shared/i18n'

/** First-run content a new shop needs: nothing yet beyond the schema (stages are added next). */
export function prepareNewDatabase(_db: Database.Database, _locale: Locale): void {}
