import type { TFunction } from 'i18next'
import { PAYMENT_METHODS, type PaymentMethod } from '../../../../../src-shared/domain/sale'

const isMethod = (value: string): value is PaymentMethod => (PAYMENT_METHODS as readonly string[]).includes(value)

/** A payment method key shown in the UI language; an imported order's own text as it came. */
export function paymentLabel(t: TFunction, value: string | null): string {
  if (value === null || value === '') return '—'
  return isMethod(value) ? t(`orders:payment.${value}`) : value
}
