import type { Locale } from '../../../src-shared/i18n/locales'

/** A demo text in both languages: [zh-CN, en]. Demo data, not UI strings, so not in i18n. */
export type Bilingual = readonly [zh: string, en: string]

export const say = (locale: Locale, text: Bilingual): string => (locale === 'zh-CN' ? text[0] : text[1])
