import { dealMessages } from '../../../../../src-shared/domain/deal'
import { parseMoney } from '../../../../../src-shared/domain/money'
import { currencyDigits } from '../../../lib/format'

export type MoneyInput = { ok: true; value: number | undefined } | { ok: false; message: string }

/**
 * Money as typed into the deal form or a filter, in the shop's currency: blank is "none", more
 * decimals than the currency has is the same message the main process gives (a catalog key).
 */
export function readMoney(text: string, currency: string): MoneyInput {
  if (text.trim() === '') return { ok: true, value: undefined }
  const parsed = parseMoney(text, currencyDigits(currency))
  if (parsed.ok) return { ok: true, value: parsed.value }
  return {
    ok: false,
    message: parsed.reason === 'money_precision' ? dealMessages.valueDecimals : 'pipeline.validation.moneyFormat',
  }
}

/** Minor units back to what a person types: 123450 → "1234.5" in CNY. */
export function moneyText(minor: number | undefined, currency: string): string {
  if (minor === undefined) return ''
  const digits = currencyDigits(currency)
  return String(minor / 10 ** digits)
}
