import type { SettingsStore } from './action'
import type { AppInfo, Theme } from './initial-state'
import type { Locale } from '../../../../src-shared/i18n/locales'

export const selectLocale = (s: SettingsStore): Locale => s.settings.locale
export const selectTheme = (s: SettingsStore): Theme => s.settings.theme
export const selectCurrency = (s: SettingsStore): string => s.settings.currency
export const selectAppInfo = (s: SettingsStore): AppInfo | null => s.info

/** The theme actually shown: `system` resolved against the OS preference. */
export const resolveTheme = (theme: Theme, systemPrefersDark: boolean): 'light' | 'dark' =>
  theme === 'system' ? (systemPrefersDark ? 'dark' : 'light') : theme
