/**
 * Exact conversion between decimal text and integer minor units (fen / cents). Never goes
 * through floating point, so "0.29" is 29, not 28.999…; more decimals than the currency has
 * is an error instead of a silent rounding.
 */
const MONEY_TEXT = /^([+-])?(\d{1,13})(?:\.(\d*))?$/

export type MoneyParse = { ok: true; value: number } | { ok: false; reason: 'money_format' | 'money_precision' }

/**
 * Parses `1234.5`, `-3`, `1,234.50`, `¥12.00`, `12.50元` into minor units of a currency with
 * `digits` decimals (2 for CNY, 0 for JPY): a non-zero digit beyond them is `money_precision`.
 */
export function parseMoney(text: string, digits = 2): MoneyParse {
  const cleaned = text.replace(/[,\s¥￥$€£元]/g, '').replace(/^CNY|^RMB/i, '')
  const match = MONEY_TEXT.exec(cleaned)
  if (!match) return { ok: false, reason: 'money_format' }
  const [, sign, whole, fraction = ''] = match
  if (/[1-9]/.test(fraction.slice(digits))) return { ok: false, reason: 'money_precision' }
  const minor = Number(whole) * 10 ** digits + Number(fraction.slice(0, digits).padEnd(digits, '0') || 0)
  return { ok: true, value: sign === '-' && minor !== 0 ? -minor : minor }
}

/** Minor units as a plain decimal number text: 123456 → "1234.56", -5 → "-0.05". */
export function formatMinor(minor: number): string {
  const abs = Math.abs(minor)
  const text = `${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
  return minor < 0 ? `-${text}` : text
}
