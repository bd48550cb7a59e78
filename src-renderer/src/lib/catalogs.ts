import type { Locale } from '../../../src-shared/i18n/locales'
import type { en } from '../../../src-shared/i18n/locales/en'

export type Catalog = typeof en

/**
 * Each language's strings in a script of its own, loaded when that language is first used: the
 * start page carries one language, not both (issue 9: its script budget and first rows).
 */
const loaders: Record<Locale, () => Promise<Catalog>> = {
  en: () => import('../../../src-shared/i18n/locales/en').then((m) => m.en),
  'zh-CN': () => import('../../../src-shared/i18n/locales/zh-CN').then((m) => m.zhCN),
}

const loading = new Map<Locale, Promise<Catalog>>()

/** The catalog of `locale`, loaded once (a failed load is tried again on the next call). */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  let catalog = loading.get(locale)
  if (!catalog) {
    catalog = loaders[locale]()
    catalog.catch(() => loading.delete(locale))
    loading.set(locale, catalog)
  }
  return catalog
}
