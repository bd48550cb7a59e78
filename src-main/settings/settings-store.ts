import type Database from 'better-sqlite3'
import type { Settings } from '../../src-shared/ipc/channels/app'
import type { Locale } from '../../src-shared/i18n'

const DEFAULTS: Omit<Settings, 'locale'> = { theme: 'system', currency: 'CNY' }

/** Settings live in the `settings` table as JSON values; unknown keys are ignored. */
export function readSettings(db: Database.Database, osLocale: Locale): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[]
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]))
  return {
    locale: (stored.locale as Locale | undefined) ?? osLocale,
    theme: (stored.theme as Settings['theme'] | undefined) ?? DEFAULTS.theme,
    currency: (stored.currency as string | undefined) ?? DEFAULTS.currency,
  }
}

/** Writes the given keys in one transaction and records the change in the audit log. */
export function writeSettings(db: Database.Database, patch: Partial<Settings>, osLocale: Locale): Settings {
  const before = readSettings(db, osLocale)
  const upsert = db.prepare(
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  )
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) upsert.run(key, JSON.stringify(value))
    db.prepare(`INSERT INTO audit_log (entity, action, before, after) VALUES ('settings', 'settings', ?, ?)`).run(
      JSON.stringify(before),
      JSON.stringify(patch),
    )
  })()
  return readSettings(db, osLocale)
}
