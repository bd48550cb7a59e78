import type Database from 'better-sqlite3'
import type { Locale } from '../../src-shared/i18n/locales'
import { insertRow, metaValues, type RowMeta } from '../db/sql'
import { writeTransaction } from '../db/transaction'
import type { StageKind } from './stages'

export interface DefaultStage {
  name: string
  probability: number
  kind: StageKind
  /** Days in the stage before an open deal is stale; null for won and lost. */
  staleDays: number | null
}

// Early stages should move within two weeks; proposals and negotiations take longer.
const STAGES: readonly (readonly [probability: number, kind: StageKind, staleDays: number | null])[] = [
  [0.1, 'open', 14],
  [0.25, 'open', 14],
  [0.5, 'open', 21],
  [0.75, 'open', 30],
  [1, 'won', null],
  [0, 'lost', null],
]

// Stored names, not UI labels: the owner renames stages, so they are data in the language
// the database was created in, not keys translated on display.
const NAMES: Record<Locale, readonly string[]> = {
  'zh-CN': ['新线索', '已联系', '方案报价', '谈判', '成交', '流失'],
  en: ['Lead', 'Contacted', 'Proposal', 'Negotiation', 'Won', 'Lost'],
}

/** The six default stages in `locale`, in board order. */
export function defaultPipelineStages(locale: Locale): DefaultStage[] {
  return STAGES.map(([probability, kind, staleDays], i) => ({ name: NAMES[locale][i], probability, kind, staleDays }))
}

/**
 * Gives a new database the default pipeline (Lead … Won, Lost) in the user's language.
 * Does nothing when any stage exists, so the owner's own stages are never touched.
 * Returns how many stages it inserted (0 or 6). `stamp` gives each stage its uid and times
 * (the seed's deterministic ones) instead of the SQL defaults.
 */
export function ensureDefaultPipelineStages(
  db: Database.Database,
  locale: Locale,
  stamp?: (position: number) => RowMeta,
): number {
  return writeTransaction(db, () => {
    const { count } = db.prepare('SELECT count(*) AS count FROM pipeline_stages').get() as { count: number }
    if (count > 0) return 0
    const stages = defaultPipelineStages(locale)
    stages.forEach(({ name, probability, kind, staleDays }, position) => {
      const meta = metaValues(stamp?.(position) ?? {})
      insertRow(db, 'pipeline_stages', { name, probability, kind, stale_days: staleDays, position, ...meta })
    })
    return stages.length
  })
}
