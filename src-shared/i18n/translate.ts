import type { Locale } from './locales'
import { resources } from './resources'

type Params = Record<string, string | number>

/**
 * Looks up `namespace.key.sub` in the locale's catalog (falling back to English, then to the
 * key itself) and fills `{{param}}` placeholders — the same syntax i18next uses in the renderer.
 */
export function translate(locale: Locale, key: string, params: Params = {}): string {
  const template = lookup(resources[locale], key) ?? lookup(resources.en, key) ?? key
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''))
}

function lookup(catalog: object, key: string): string | undefined {
  let node: unknown = catalog
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}
