import type { Locale } from './locales'
import { errors as enErrors } from './locales/en/errors'
import { errors as zhErrors } from './locales/zh-CN/errors'

/**
 * All UI and error strings, one namespace per feature. Each zh-CN namespace is typed against
 * its English twin, so a missing translation is a compile error.
 */
export const resources = {
  en: { errors: enErrors },
  'zh-CN': { errors: zhErrors },
} satisfies Record<Locale, Record<string, unknown>>

export type Namespace = keyof (typeof resources)['en']
