import { resolveLocale } from '../../../src-shared/i18n/locales'

/**
 * Makes the UI language's first number, plural and date formats. The first `Intl.NumberFormat`
 * of a window loads the locale's data, which costs tens of milliseconds (measured in Chromium):
 * paid here while the start page waits for its scripts, not while it draws its first rows.
 */
export function warmIntl(): void {
  const locale = resolveLocale(navigator.language)
  new Intl.NumberFormat(locale).format(1)
  new Intl.PluralRules(locale).select(1)
  new Intl.DateTimeFormat(locale).format(0)
}
