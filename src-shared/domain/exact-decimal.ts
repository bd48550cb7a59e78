/**
 * Exact decimal arithmetic for money: a JavaScript number's decimal digits as written
 * (`String(1.005)` is "1.005", not the binary 1.00499…), scaled and rounded with BigInt so a
 * total never drifts by a fen.
 */

/** `value` = `digits` / 10^`scale`, exactly as `String(value)` writes it. */
export interface DecimalParts {
  digits: bigint
  scale: number
}

export function decimalParts(value: number): DecimalParts {
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e')
  const [whole, fraction = ''] = mantissa.split('.')
  let digits = BigInt(whole + fraction)
  let scale = fraction.length - Number(exponent)
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale)
    scale = 0
  }
  return { digits: value < 0 ? -digits : digits, scale }
}

/** `numerator / denominator` rounded half away from zero (how shops round money). `denominator` > 0. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator
  const remainder = numerator % denominator
  const twice = (remainder < 0n ? -remainder : remainder) * 2n
  if (twice < denominator) return quotient
  return numerator < 0n ? quotient - 1n : quotient + 1n
}

/** `amount` × `factor`, rounded half away from zero to a whole number; NaN unless `amount` is a safe integer and `factor` finite. */
export function multiplyRounded(amount: number, factor: number): number {
  // Not an amount yet (a form mid-typing, a value the schema is about to refuse): no figure.
  if (!Number.isSafeInteger(amount) || !Number.isFinite(factor)) return NaN
  const product = amount * factor
  // Whole factors (most quantities) multiply exactly in floating point while the result is safe.
  if (Number.isInteger(factor) && Number.isSafeInteger(product)) return product
  const { digits, scale } = decimalParts(factor)
  return Number(divideRounded(BigInt(amount) * digits, 10n ** BigInt(scale)))
}

/** `amount` × `part` / `whole`, rounded half away from zero; `amount` is an integer, `whole` ≠ 0. */
export function proportion(amount: number, part: number, whole: number): number {
  const p = decimalParts(part)
  const w = decimalParts(whole)
  // amount × (p.digits / 10^p.scale) / (w.digits / 10^w.scale)
  let numerator = BigInt(amount) * p.digits * 10n ** BigInt(w.scale)
  let denominator = w.digits * 10n ** BigInt(p.scale)
  if (denominator < 0n) {
    numerator = -numerator
    denominator = -denominator
  }
  return Number(divideRounded(numerator, denominator))
}
