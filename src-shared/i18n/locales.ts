export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** Maps an OS / browser language tag (zh, zh-Hans-CN, en-GB …) to a supported locale. */
export function resolveLocale(tag: string | undefined | null): Locale {
  const lower = (tag ?? '').toLowerCase()
  if (lower.startsWith('zh')) return 'zh-CN'
  return 'en'
}
