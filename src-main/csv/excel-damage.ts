import type { FieldType } from './kinds/types'

/**
 * What Excel does to a shop's data when it opens and re-saves a CSV: long numbers become
 * `1.38E+10` (digits lost for good), dates become day counts (`45256`), and numbers lose
 * their leading zeros (`0755…` landlines become `755…`).
 */
export type Damage =
  { code: 'excel_scientific'; fatal: true } | { code: 'excel_serial_date' | 'excel_leading_zero'; fatal: false }

const SCIENTIFIC = /^[+-]?\d(?:\.\d+)?E\+?\d+$/i
const SERIAL = /^\d{4,5}(?:\.\d+)?$/
// Chinese numbers with an area code start with 0; mobiles are 11 digits starting with 1.
const LOST_ZERO = /^[1-9]\d{8,9}$/

export function detectDamage(type: FieldType, text: string): Damage | null {
  if ((type === 'phone' || type === 'text') && SCIENTIFIC.test(text)) return { code: 'excel_scientific', fatal: true }
  if ((type === 'date' || type === 'datetime') && SERIAL.test(text) && +text >= 367 && +text < 2958466) {
    return { code: 'excel_serial_date', fatal: false }
  }
  if (type === 'phone' && LOST_ZERO.test(text) && !/^1[3-9]\d{9}$/.test(text)) return { code: 'excel_leading_zero', fatal: false }
  return null
}
