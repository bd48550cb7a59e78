import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { LOCALES, resolveLocale, resources, type Locale, type Namespace } from '../../../src-shared/i18n'

/**
 * The renderer's i18next instance, over the same catalogs the main process uses for error
 * messages. Resources are bundled, so init and language changes are synchronous: switching
 * language re-renders in place, with no reload.
 */
export const i18n: I18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources,
  lng: resolveLocale(typeof navigator === 'undefined' ? undefined : navigator.language),
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  ns: Object.keys(resources.en),
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  // No console advert: the app prints nothing it did not mean to (and makes no request).
  showSupportNotice: false,
  initAsync: false,
})

syncDocumentLanguage(currentLocale())
i18n.on('languageChanged', (lng) => syncDocumentLanguage(resolveLocale(lng)))

/** The active UI locale, always one of LOCALES. */
export function currentLocale(): Locale {
  return resolveLocale(i18n.resolvedLanguage ?? i18n.language)
}

/** Switches the UI language in place (no reload). */
export function setLocale(locale: Locale): void {
  if (currentLocale() !== locale || i18n.language !== locale) void i18n.changeLanguage(locale)
}

/** `<html lang>` and the window title follow the active locale. */
function syncDocumentLanguage(locale: Locale): void {
  if (typeof document === 'undefined') return
  document.documentElement.lang = locale
  document.title = i18n.t('common:appName')
}

/**
 * Typed keys: a misspelt key is a compile error. Unprefixed keys mean `common`; every other
 * namespace is reachable with its prefix (`t('customers:title')`) from any `useTranslation()`.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: ['common', ...Exclude<Namespace, 'common'>[]]
    resources: (typeof resources)['en']
  }
}
