import type { Locale } from './locales'
import { enumLabelKey, type EnumName } from './enum-labels'
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

/** Keys may themselves hold dots (`csv.import.fields.customer.name`): the rest of the path is tried whole. */
function lookup(catalog: object, key: string): string | undefined {
  let node: unknown = catalog
  const parts = key.split('.')
  for (let i = 0; i < parts.length; i++) {
    if (typeof node !== 'object' || node === null) return undefined
    const rest = parts.slice(i).join('.')
    if (i < parts.length - 1 && !(parts[i] in node) && rest in node)
      return stringOrUndefined((node as Record<string, unknown>)[rest])
    if (!(parts[i] in node)) return undefined
    node = (node as Record<string, unknown>)[parts[i]]
  }
  return stringOrUndefined(node)
}

const stringOrUndefined = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/** A stored enum value as people read it in `locale`; an unknown value is shown as stored. */
export function enumLabel(locale: Locale, name: EnumName, value: string): string {
  const key = enumLabelKey(name, value)
  return key === undefined ? value : translate(locale, key)
}
