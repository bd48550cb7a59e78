import { LOCALES, type Locale } from '../../../src-shared/i18n/locales'
import { labelPinyin } from '../lib/catalog-pinyin'
import { i18n } from '../lib/i18n'
import { systemPrefersDark } from '../lib/theme'
import { matchesQuery, type PaletteProvider } from '../registries/palette'
import { PAGE_META, PAGES, useNavigationStore, type NavLabelKey } from '../stores/navigation'
import { resolveTheme, useSettingsStore } from '../stores/settings'

/** Language names are written in their own language, so anyone can find theirs. */
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' }

type SearchedKey = NavLabelKey | 'palette:newCustomer' | 'settings:general.language'

/**
 * Titles in every locale plus the Chinese title's pinyin and initials, so "settings", 设置,
 * "shezhi" and "sz" all find the Settings page, whichever language the UI is in.
 */
const inAllLocales = (key: SearchedKey): string[] => [...LOCALES.map((lng) => String(i18n.t(key, { lng }))), ...labelPinyin(key)]

/** "Go to …": every sidebar page. */
export const pagesProvider: PaletteProvider = {
  id: 'shell.pages',
  order: 10,
  async search(query) {
    const group = i18n.t('palette:groupPages')
    return PAGES.filter((page) => matchesQuery(query, page, ...inAllLocales(PAGE_META[page].label))).map((page) => ({
      id: `page:${page}`,
      title: i18n.t(PAGE_META[page].label),
      group,
      perform: () => useNavigationStore.getState().navigate({ page }),
    }))
  },
}

/** App-wide actions: new customer, switch language, toggle theme. */
export const actionsProvider: PaletteProvider = {
  id: 'shell.actions',
  order: 20,
  async search(query) {
    const group = i18n.t('palette:groupActions')
    const settings = useSettingsStore.getState()
    const otherLocale: Locale = settings.settings.locale === 'en' ? 'zh-CN' : 'en'
    const nextTheme = resolveTheme(settings.settings.theme, systemPrefersDark()) === 'dark' ? 'light' : 'dark'
    const themeName = i18n.t(nextTheme === 'dark' ? 'common:themeDark' : 'common:themeLight')
    const actions = [
      {
        id: 'action:new-customer',
        title: i18n.t('palette:newCustomer'),
        keywords: [...inAllLocales('palette:newCustomer'), 'add customer', 'create'],
        perform: () => useNavigationStore.getState().navigate({ page: 'customers', intent: 'new' }),
      },
      {
        id: 'action:switch-language',
        title: i18n.t('palette:switchLanguage', { language: LANGUAGE_NAMES[otherLocale] }),
        keywords: [
          'language',
          '语言',
          'English',
          '中文',
          ...inAllLocales('settings:general.language'),
          ...labelPinyin('palette:switchLanguage'),
        ],
        perform: () => settings.update({ locale: otherLocale }),
      },
      {
        id: 'action:toggle-theme',
        title: i18n.t('palette:toggleTheme', { theme: themeName }),
        keywords: [
          'theme',
          'dark',
          'light',
          '主题',
          '深色',
          '浅色',
          ...labelPinyin('palette:toggleTheme'),
          ...labelPinyin(`common:${nextTheme === 'dark' ? 'themeDark' : 'themeLight'}`),
        ],
        perform: () => settings.update({ theme: nextTheme }),
      },
    ]
    return actions
      .filter((a) => matchesQuery(query, a.title, ...a.keywords))
      .map(({ keywords: _keywords, ...item }) => ({ ...item, group }))
  },
}
