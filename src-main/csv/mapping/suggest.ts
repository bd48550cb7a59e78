import { LOCALES, translate } from '../../../src-shared/i18n'
import type { Mapping } from '../../../src-shared/ipc/channels/csv-import'
import type { KindSpec } from '../kinds/types'
import { normalizeKey } from './normalize-header'

/** Every name a field answers to: its synonyms, its stable key and its label in each UI language. */
export function fieldNames(spec: KindSpec, key: string): string[] {
  const field = spec.fields.find((f) => f.key === key)
  const labels = LOCALES.map((locale) => translate(locale, `csv.import.fields.${key}`))
  return [...(field?.synonyms ?? []), key, ...labels].map(normalizeKey)
}

/**
 * Suggests field → header: exact (normalised) name matches first, then headers that contain
 * a field name (`收货人手机号` contains `手机号`), longest name first. Each header and field is
 * used once, so `姓名` cannot feed two fields.
 */
export function suggestMapping(spec: KindSpec, header: string[]): Mapping {
  const normalized = header.map(normalizeKey)
  const mapping: Mapping = {}
  const used = new Set<number>()
  const assign = (key: string, index: number): void => {
    mapping[key] = header[index]
    used.add(index)
  }
  const names = new Map(spec.fields.map((f) => [f.key, fieldNames(spec, f.key)]))
  for (const field of spec.fields) {
    const index = normalized.findIndex((h, i) => !used.has(i) && names.get(field.key)?.includes(h))
    if (index >= 0) assign(field.key, index)
  }
  const partial = spec.fields
    .filter((f) => !(f.key in mapping))
    .flatMap((f) => (names.get(f.key) ?? []).filter((n) => n.length >= 2).map((name) => ({ key: f.key, name })))
    .sort((a, b) => b.name.length - a.name.length)
  for (const { key, name } of partial) {
    if (key in mapping) continue
    const index = normalized.findIndex((h, i) => !used.has(i) && h.includes(name))
    if (index >= 0) assign(key, index)
  }
  return mapping
}
