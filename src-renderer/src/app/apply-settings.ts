import { setLocale } from '../lib/i18n'
import { applyTheme, onSystemThemeChange, systemPrefersDark } from '../lib/theme'
import { resolveTheme, useSettingsStore, type SettingsStore } from '../stores/settings'

/**
 * Keeps the document in step with settings: the i18next language (instant, no reload) and the
 * theme (including OS light/dark changes while on "system"). Returns the stop function.
 */
export function startApplyingSettings(): () => void {
  const apply = ({ settings }: SettingsStore): void => {
    // A language whose strings fail to load leaves the UI in the current one.
    setLocale(settings.locale).catch(() => undefined)
    applyTheme(resolveTheme(settings.theme, systemPrefersDark()))
  }
  apply(useSettingsStore.getState())
  const stopStore = useSettingsStore.subscribe(apply)
  const stopSystem = onSystemThemeChange(() => apply(useSettingsStore.getState()))
  return () => {
    stopStore()
    stopSystem()
  }
}
