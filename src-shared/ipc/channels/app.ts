import { z } from 'zod'
import { wellFormed } from '../schemas'
import { channel } from '../channel'
import { LOCALES, type Locale } from '../../i18n/locales'

import type { IntegrityStatus } from './app-types'

export { INTEGRITY_STATUSES, type IntegrityStatus } from './app-types'

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
