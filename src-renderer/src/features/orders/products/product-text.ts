import { amountToMinor } from '../../../../../src-shared/domain/amount-text'

/** A typed price or cost for the product schema: blank is absent, text that is not an amount NaN (so the schema says so). */
export function typedAmount(text: string, digits: number): number | undefined {
  if (text.trim() === '') return undefined
  return amountToMinor(text, digits) ?? Number.NaN
}
