import type Database from 'better-sqlite3'
import type { ServiceSettings, ServiceSettingsPatch } from '../../../src-shared/domain/service-settings'
import { AppError } from '../../../src-shared/ipc/app-error'
import { writeAudit } from '../../audit/audit-log'
import { prepared } from '../../db/sql'
import { compileCalendar, defaultBusinessCalendar, type BusinessCalendar } from '../sla'
import { DEFAULT_POLICIES } from './default-policies'

/** One settings row holds policies, calendar and survey questions, so one version covers them. */
const KEY = 'service'

type Stored = Partial<Pick<ServiceSettings, 'policies' | 'calendar' | 'surveys'>>

export const osTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

/**
 * The service settings in force: what was saved, else the defaults — the default calendar in
 * the computer's time zone (China's 2026 holidays), the default targets, CSAT after tickets.
 */
export function readServiceSettings(db: Database.Database): ServiceSettings {
  const row = prepared(db, 'SELECT value, updated_at FROM settings WHERE key = ?').get(KEY) as
    { value: string; updated_at: string } | undefined
  const stored = row ? (JSON.parse(row.value) as Stored) : {}
  return {
    policies: stored.policies ?? DEFAULT_POLICIES,
    calendar: stored.calendar ?? defaultBusinessCalendar(osTimeZone()),
    surveys: stored.surveys ?? { csat: true, nps: false },
    osTimeZone: osTimeZone(),
    version: row?.updated_at ?? null,
  }
}

/**
 * Saves the given parts (the calendar checked by `compileCalendar` first, so a bad one changes
 * nothing) with an audit row. A save from a form opened on an older version is refused
 * (`stale_edit`). The caller owns the transaction and recomputes the due times.
 */
export function writeServiceSettings(db: Database.Database, patch: ServiceSettingsPatch): ServiceSettings {
  const before = readServiceSettings(db)
  if (patch.expectedVersion !== before.version) throw new AppError('stale_edit', { what: KEY })
  if (patch.calendar) compileCalendar(patch.calendar as BusinessCalendar)
  const next: Required<Stored> = {
    policies: patch.policies ?? before.policies,
    calendar: patch.calendar ?? before.calendar,
    surveys: patch.surveys ?? before.surveys,
  }
  storeServiceSettings(db, next)
  writeAudit(db, { entity: 'service_settings', entityId: null, action: 'settings', before: stripMeta(before), after: next })
  return readServiceSettings(db)
}

/** Writes the settings row as given (the seed's shop starts with its own); a new version each time. */
export function storeServiceSettings(db: Database.Database, stored: Required<Stored>): void {
  prepared(
    db,
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value,
       updated_at = max(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', settings.updated_at, '+0.001 seconds'))`,
  ).run(KEY, JSON.stringify(stored))
}

const stripMeta = ({ policies, calendar, surveys }: ServiceSettings): Stored => ({ policies, calendar, surveys })

/** The calendar in force, as the SLA module takes it (validated and compiled once per content). */
export const calendarOf = (settings: ServiceSettings): BusinessCalendar => settings.calendar as BusinessCalendar
