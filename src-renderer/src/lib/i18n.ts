import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { LOCALES, resolveLocale, type Locale } from '../../../src-shared/i18n/locales'
import type { Namespace } from '../../../src-shared/i18n/resources'
import { loadCatalog, type Catalog } from './catalogs'

/**
 * The renderer's i18next instance, over the same catalogs the main process uses for error
 * messages. Only the languages in use are loaded (./catalogs.ts): `loadStartLocale` loads the UI
 * language before the shell renders, and `setLocale` loads a new one before switching, so
 * every lookup and language change after that is synchronous and re-renders in place.
 */
export const i18n: I18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  lng: resolveLocale(typeof navigator === 'undefined' ? undefined : navigator.language),
  // Each catalog is complete (a missing key is a compile error), so no other language is needed.
  fallbackLng: false,
  supportedLngs: [...LOCALES],
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  // No console advert: the app prints nothing it did not mean to (and makes no request).
  showSupportNotice: false,
  initAsync: false,
})

i18n.on('languageChanged', (lng) => syncDocumentLanguage(resolveLocale(lng)))

/** The active UI locale, always one of LOCALES. */
export function currentLocale(): Locale {
  return resolveLocale(i18n.resolvedLanguage ?? i18n.language)
}

/** Loads `locale`'s strings into i18next (once). */
export async function loadLocale(locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'common')) return
  const catalog = await loadCatalog(locale)
  // A new bundle: taken as it is (a deep merge copied every string of the language, ~60 ms at start).
  for (const ns of Object.keys(catalog) as (keyof Catalog)[]) i18n.addResourceBundle(locale, ns, catalog[ns], false, false)
}

/** Loads the starting language: before the first render, so nothing shows a raw key. */
export async function loadStartLocale(): Promise<void> {
  await loadLocale(currentLocale())
  syncDocumentLanguage(currentLocale())
}

let wanted: Locale | undefined

/**
 * Switches the UI language in place (no reload) once its strings are loaded; of quick
 * successive switches, the last one wins.
 */
export async function setLocale(locale: Locale): Promise<void> {
  wanted = locale
  await loadLocale(locale)
  if (wanted !== locale) return
  if (currentLocale() !== locale || i18n.language !== locale) await i18n.changeLanguage(locale)
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
    resources: Catalog
  }
}
