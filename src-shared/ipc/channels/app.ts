import { z } from 'zod'
import { wellFormed } from '../schemas'
import { channel } from '../channel'
import { LOCALES, type Locale } from '../../i18n/locales'

/**
 * The data file's integrity check. It runs in the background after opening, so the first
 * page shows at once; `corrupt` means every write is refused until a backup is restored.
 */
export const INTEGRITY_STATUSES = ['checking', 'ok', 'corrupt'] as const
export type IntegrityStatus = (typeof INTEGRITY_STATUSES)[number]

export interface IntegrityState {
  status: IntegrityStatus
  /** SQLite's first finding, for a damaged file. */
  detail?: string
}

export interface AppInfo {
  version: string
  dataFile: string
  schemaVersion: number
  platform: 'electron' | 'web-harness' | 'cli'
  integrity: IntegrityState
}

export interface Settings {
  locale: Locale
  theme: 'system' | 'light' | 'dark'
  currency: string
}

export const settingsPatch = z
  .object({
    locale: z.enum(LOCALES),
    theme: z.enum(['system', 'light', 'dark']),
    currency: wellFormed(z.string()).regex(/^[A-Z]{3}$/),
  })
  .partial()
  .strict()

export const appChannels = {
  'app.info': channel<AppInfo>()(z.object({}).strict()),
  'settings.get': channel<Settings>()(z.object({}).strict()),
  'settings.set': channel<Settings>()(settingsPatch),
}
