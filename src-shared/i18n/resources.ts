import type { Locale } from './locales'
import { en } from './locales/en'
import { zhCN } from './locales/zh-CN'

/**
 * All UI and error strings of both languages, for the main process (error messages, exports).
 * The renderer loads only its language's catalog (src-renderer/src/lib/catalogs.ts).
 */
export const resources = { en, 'zh-CN': zhCN } satisfies Record<Locale, Record<string, unknown>>

export type Namespace = keyof typeof en
