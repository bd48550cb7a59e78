import type { AppInfo, Settings } from '../../../../src-shared/ipc'
import { resolveLocale } from '../../../../src-shared/i18n/locales'
import { DEFAULT_CURRENCY } from '../../lib/format'

export type { AppInfo, Settings }
export type Theme = Settings['theme']

/** The currencies offered in Settings; the contract accepts any ISO 4217 code. */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'TWD', 'GBP', 'JPY'] as const

export interface SettingsState {
  /** Until `load()` answers: the OS language, the system theme and CNY. */
  settings: Settings
  loaded: boolean
  /** `app.info` for the About section; null until loaded or if it failed. */
  info: AppInfo | null
}

export const defaultSettings = (): Settings => ({
  locale: resolveLocale(typeof navigator === 'undefined' ? undefined : navigator.language),
  theme: 'system',
  currency: DEFAULT_CURRENCY,
})

export const initialSettingsState = (): SettingsState => ({
  settings: defaultSettings(),
  loaded: false,
  info: null,
})
