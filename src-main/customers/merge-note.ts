import { translate, type Locale } from '../../src-shared/i18n'
import type { IdsByTable } from './merge-moves'
import type { MergePlan } from './merge-plan'

/**
 * The timeline entry a merge writes on the kept customer, in the UI language: who was merged,
 * what moved, what was taken, and every value that was not kept — so nothing typed is lost.
 */
export function mergeNote(locale: Locale, from: string, plan: MergePlan, moved: IdsByTable, tags: number): string {
  const t = (key: string, params?: Record<string, string | number>): string =>
    translate(locale, `customers.mergeNote.${key}`, params)
  const field = (name: string): string => translate(locale, `customers.fields.${name}`)
  const value = (name: string, text: string): string => (name === 'gender' ? translate(locale, `customers.gender.${text}`) : text)
  const counts = [...Object.entries(moved).map(([table, ids]) => [table, ids.length] as const), ['tags', tags] as const]
    .filter(([, n]) => n > 0)
    .map(([table, n]) => t('count', { label: t(`tables.${table}`), count: n }))
  const lines = [t('merged', { from })]
  if (counts.length > 0) lines.push(t('moved', { list: counts.join(t('separator')) }))
  if (plan.taken.length > 0) lines.push(t('taken', { from, list: plan.taken.map(field).join(t('separator')) }))
  for (const aside of plan.setAside) {
    const params = { field: field(aside.field), value: value(aside.field, aside.value), from }
    lines.push(t(aside.from === 'merge' ? 'theirs' : 'previous', params))
  }
  return lines.join('\n')
}
