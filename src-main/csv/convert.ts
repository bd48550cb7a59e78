import { parseMoney } from '../../src-shared/domain/money'
import { fromExcelSerial, parseDateParts, toIsoDate, toIsoDateTime, type DateParts } from './dates'
import { detectDamage } from './excel-damage'
import type { FieldSpec } from './kinds/types'
import { normalizeKey } from './mapping/normalize-header'

export type Converted = { value: unknown; warning?: string } | { error: string; params?: Record<string, string | number> }

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/

/**
 * Turns one cell's text into the value the domain schema expects (minor units, ISO dates,
 * enum values); empty cells are left out. Range checks stay with the zod schema.
 */
export function convertCell(field: FieldSpec, text: string): Converted {
  const damage = detectDamage(field.type, text)
  if (damage?.fatal) return { error: damage.code }
  switch (field.type) {
    case 'money': {
      const money = parseMoney(text)
      return money.ok ? { value: money.value } : { error: money.reason, params: { value: text } }
    }
    case 'number':
    case 'integer': {
      const cleaned = text.replace(/,/g, '')
      if (!NUMBER.test(cleaned)) return { error: 'not_a_number', params: { value: text } }
      const value = Number(cleaned)
      return field.type === 'integer' && !Number.isInteger(value)
        ? { error: 'not_an_integer', params: { value: text } }
        : { value }
    }
    case 'ratio': {
      const percent = text.endsWith('%')
      const value = Number(percent ? text.slice(0, -1) : text)
      if (!Number.isFinite(value)) return { error: 'not_a_number', params: { value: text } }
      return { value: percent || value > 1 ? value / 100 : value }
    }
    case 'date':
    case 'datetime':
      return convertDate(field.type, text, damage?.code)
    case 'enum': {
      // The cell is the file's text: an own key of the choice table, never `constructor` & co.
      const key = normalizeKey(text)
      const value = field.values && Object.hasOwn(field.values, key) ? field.values[key] : undefined
      return value === undefined
        ? { error: 'not_a_choice', params: { value: text } }
        : { value: value === 'true' ? true : value === 'false' ? false : value }
    }
    default:
      return damage ? { value: text, warning: damage.code } : { value: text }
  }
}

// Order files repeat the same timestamp on every line of an order: remember the last one.
let lastDate = { key: '', result: { value: '' } as Converted }

function convertDate(type: 'date' | 'datetime', text: string, damage: string | undefined): Converted {
  const key = `${type}|${text}`
  if (lastDate.key === key) return lastDate.result
  const result = convertDateUncached(type, text, damage)
  lastDate = { key, result }
  return result
}

function convertDateUncached(type: 'date' | 'datetime', text: string, damage: string | undefined): Converted {
  const parts: DateParts | null = damage ? fromExcelSerial(Number(text)) : parseDateParts(text)
  if (!parts) return { error: 'not_a_date', params: { value: text } }
  const value = type === 'date' ? toIsoDate(parts) : toIsoDateTime(parts)
  return damage ? { value, warning: damage } : { value }
}
