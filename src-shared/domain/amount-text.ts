/**
 * Amounts as people type them in the order form, to minor units and back, for a currency with
 * `digits` decimals (CNY 2, JPY 0). Exact: decimal text is shifted, never multiplied in binary
 * floating point. More decimals than the currency has come out as a fraction of a minor unit
 * (`12.345` yuan → 1234.5 fen), which the shared money schema refuses with its message, so the
 * form and the IPC say the same thing.
 */
const AMOUNT = /^([+-])?(\d{0,13})(?:\.(\d*))?$/

/** `12.50`, `¥1,234.5`, `3元` → minor units; null when it is not an amount. */
export function amountToMinor(text: string, digits: number): number | null {
  const cleaned = text.normalize('NFKC').replace(/[,\s¥$€£元]/g, '')
  const match = AMOUNT.exec(cleaned)
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null
  const [, sign, whole, fraction = ''] = match
  const padded = fraction.padEnd(digits, '0')
  const rest = padded.slice(digits)
  const value = Number(`${whole || '0'}${padded.slice(0, digits)}${rest === '' ? '' : `.${rest}`}`)
  return sign === '-' && value !== 0 ? -value : value
}

/** Minor units as an amount to edit: 123450 → "1234.50" (2 digits), 500 → "500" (0 digits). */
export function minorToAmount(minor: number, digits: number): string {
  const abs = Math.abs(minor)
  const scale = 10 ** digits
  const whole = Math.trunc(abs / scale)
  const text = digits === 0 ? String(whole) : `${whole}.${String(abs % scale).padStart(digits, '0')}`
  return minor < 0 ? `-${text}` : text
}

/** A typed quantity (`2`, `0.5`, full-width `２`); null when it is not a number. */
export function quantityFromText(text: string): number | null {
  const cleaned = text.normalize('NFKC').replace(/[,\s]/g, '')
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null
  return Number(cleaned)
}
