/** Inlined at build time from resources/build/catalog-pinyin.ts: i18next key → [full pinyin, initials]. */
declare const __KEHU_CATALOG_PINYIN__: Readonly<Record<string, readonly [string, string]>>

/**
 * Pinyin search keys of a Chinese catalog label (`nav:csv` → `daorudaochu`, `drdc`), so the
 * palette finds pages and actions by pinyin or initials without a pinyin library in the window.
 */
export const labelPinyin = (key: string): readonly string[] => __KEHU_CATALOG_PINYIN__[key] ?? []
