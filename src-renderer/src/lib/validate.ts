import type { TFunction } from 'i18next'
import type { z } from 'zod'
import en from 'zod/v4/locales/en.js'
import zhCN from 'zod/v4/locales/zh-CN.js'
import type { Locale } from '../../../src-shared/i18n/locales'

// The same zod locales the main registrar uses, so the form and the IPC say the same words.
const zodLocales: Record<Locale, ReturnType<typeof en>> = { en: en(), 'zh-CN': zhCN() }

/** Messages of our own checks are catalog keys like `customers.validation.phone`. */
const CATALOG_KEY = /^([a-z]+)\.([\w.]+)$/

export type FieldErrors = Partial<Record<string, string>>

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors }

/**
 * Validates with a shared schema in the UI language: zod's own checks through its locale,
 * our refinements through the catalog. One message per field (the first), keyed by path.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, locale: Locale, t: TFunction): Validation<z.output<S>> {
  const result = schema.safeParse(value, { error: zodLocales[locale].localeError })
  if (result.success) return { ok: true, data: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.')
    errors[path] ??= translateMessage(issue.message, t)
  }
  return { ok: false, errors }
}

/** A catalog key becomes its translation; any other message is already in the UI language. */
export function translateMessage(message: string, t: TFunction): string {
  const key = CATALOG_KEY.exec(message)
  if (!key) return message
  const translated = t(`${key[1]}:${key[2]}`, { defaultValue: '' }) as string
  return translated || message
}
