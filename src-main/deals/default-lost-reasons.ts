import type Database from 'better-sqlite3'
import type { Locale } from '../../src-shared/i18n/locales'
import { insertRow, metaValues, type RowMeta } from '../db/sql'
import { writeTransaction } from '../db/transaction'

// Stored labels, not UI strings: the owner edits them, so they are data in the language the
// database was created in (like the stage names).
const REASONS: Record<Locale, readonly string[]> = {
  'zh-CN': ['价格太高', '选择了其他供应商', '预算取消', '没有回复', '交期不满足'],
  en: ['Price too high', 'Chose another supplier', 'Budget cancelled', 'No response', 'Lead time too long'],
}

/** The lost-reason presets a new shop starts with, in `locale`. */
export const defaultLostReasons = (locale: Locale): readonly string[] => REASONS[locale]

/**
 * Gives a new database the default lost reasons in the user's language. Does nothing when any
 * reason exists. Returns how many it inserted; `stamp` gives each its uid and times (the seed's).
 */
export function ensureDefaultLostReasons(db: Database.Database, locale: Locale, stamp?: (position: number) => RowMeta): number {
  return writeTransaction(db, () => {
    if (db.prepare('SELECT 1 FROM lost_reasons LIMIT 1').get() !== undefined) return 0
    REASONS[locale].forEach((label, position) =>
      insertRow(db, 'lost_reasons', { label, position, ...metaValues(stamp?.(position) ?? {}) }),
    )
    return REASONS[locale].length
  })
}
