import { z } from 'zod'
import { translate, type Locale } from '../../src-shared/i18n'
import type { RowIssue } from '../../src-shared/ipc/channels/csv-import'
import { convertCell } from './convert'
import { unguardCell } from './formula-guard'
import type { KindSpec } from './kinds/types'
import type { Column } from './resolve-mapping'

export type RowResult<R> = { ok: true; record: R; warnings: RowIssue[] } | { ok: false; issues: RowIssue[] }

const zodLocales = { en: z.locales.en(), 'zh-CN': z.locales.zhCN() } satisfies Record<Locale, unknown>

/**
 * Validates one CSV row with the kind's domain schema (the one the forms use): each mapped
 * cell is converted (money, dates, choices), nested by field key, then parsed by zod.
 * Every problem names the row, the column as written in the file and a translated reason.
 */
export function makeRowValidator<R>(spec: KindSpec<R>, columns: Column[], width: number, locale: Locale) {
  const headerOf = new Map(columns.map((c) => [c.field.key, c.header]))
  const issue = (
    row: number,
    column: string,
    code: string,
    reason: string,
    severity: RowIssue['severity'] = 'error',
  ): RowIssue => ({
    row,
    column,
    code,
    reason,
    severity,
  })
  const reason = (code: string, params: Record<string, string | number> = {}): string =>
    translate(locale, `csv.import.reasons.${code}`, params)
  const error = { error: zodLocales[locale].localeError }
  const paths = columns.map(({ field, index, header }) => ({ field, index, header, path: splitKey(field.key) }))

  return (cells: string[], row: number): RowResult<R> => {
    if (cells.length !== width) {
      return { ok: false, issues: [issue(row, '', 'ragged_row', reason('ragged_row', { found: cells.length, expected: width }))] }
    }
    const input: Record<string, unknown> = {}
    const issues: RowIssue[] = []
    const warnings: RowIssue[] = []
    for (const { field, index, header, path } of paths) {
      const raw = cells[index]
      const text = raw.trim()
      // An empty cell means "not given"; a text cell of spaces is kept as written.
      if (field.type === 'text' ? raw === '' : text === '') continue
      // Text keeps its spaces (the schema trims where a field wants it); the export's formula
      // guard is undone so an exported file re-imports to the same values.
      const converted = convertCell(field, field.type === 'text' ? unguardCell(raw) : unguardCell(text))
      if ('error' in converted) {
        issues.push(issue(row, header, converted.error, reason(converted.error, converted.params)))
        continue
      }
      if (converted.warning)
        warnings.push(issue(row, header, converted.warning, reason(converted.warning, { value: text }), 'warning'))
      setPath(input, path, converted.value)
    }
    if (issues.length > 0) return { ok: false, issues }
    // A per-call error map doubles the cost of a successful parse, so it is only handed to
    // zod to word the issues of a row that failed (the same parse again, rows fail rarely).
    const parsed = spec.schema.safeParse(input)
    if (parsed.success) return { ok: true, record: parsed.data, warnings }
    const worded = spec.schema.safeParse(input, error)
    return {
      ok: false,
      issues: (worded.success ? parsed.error : worded.error).issues.map((i) => {
        const key = i.path.map(String).join('.')
        return issue(row, headerOf.get(key) ?? key, 'invalid', translate(locale, i.message))
      }),
    }
  }
}

/** Field keys are at most two deep: `customer.phone` → ['customer', 'phone']. */
type Path = [string] | [string, string]

function splitKey(key: string): Path {
  const dot = key.indexOf('.')
  return dot < 0 ? [key] : [key.slice(0, dot), key.slice(dot + 1)]
}

/** `customer.phone` → input.customer.phone; keys are our field keys, never header text. */
function setPath(target: Record<string, unknown>, path: Path, value: unknown): void {
  if (path.length === 1) {
    target[path[0]] = value
    return
  }
  const child = (target[path[0]] ??= {}) as Record<string, unknown>
  child[path[1]] = value
}
