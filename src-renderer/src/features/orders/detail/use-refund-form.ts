import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { amountToMinor, quantityFromText } from '../../../../../src-shared/domain/amount-text'
import type { OrderDetail } from '../../../../../src-shared/domain/order-types'
import { planRefund } from '../../../../../src-shared/domain/refund-math'
import { refundRequest } from '../../../../../src-shared/domain/sale'
import { currencyDigits } from '../../../lib/format'
import { useFormat } from '../../../lib/use-format'
import { validate } from '../../../lib/validate'

/** What is left of a line to give back. */
export const leftOf = (line: OrderDetail['lines'][number]): number => line.quantity - line.refundedQuantity

/**
 * The refund dialog's state: quantities back per line and an optional amount, as typed; the
 * request checked with the IPC's schema, and the refund worked out with the same `planRefund`
 * the orders domain records, so the dialog shows what will be given back to the minor unit.
 */
export function useRefundForm(order: OrderDetail) {
  const { t } = useTranslation()
  const f = useFormat()
  const digits = currencyDigits(f.currency)
  const [reason, setReason] = useState('')
  const [back, setBack] = useState<Record<number, string>>({})
  const [amountText, setAmountText] = useState('')
  const [submitted, setSubmitted] = useState(false)
  const lines = order.lines.flatMap((line) => {
    const text = back[line.id]?.trim() ?? ''
    return text === '' ? [] : [{ lineId: line.id, quantity: quantityFromText(text) ?? Number.NaN }]
  })
  const amount = amountText.trim() === '' ? undefined : (amountToMinor(amountText, digits) ?? Number.NaN)
  const checked = validate(refundRequest, { reason, lines, amount }, f.locale, t)
  const refundedTax = order.refunds.filter((r) => r.kind === 'refund').reduce((sum, r) => sum + r.tax, 0)
  const plan = checked.ok
    ? planRefund({ ...order, refundedTax }, checked.data.lines, checked.data.amount)
    : ({ ok: false } as const)
  const errors = submitted && !checked.ok ? checked.errors : {}
  return {
    reason,
    setReason,
    back,
    setLine: (lineId: number, text: string) => setBack((b) => ({ ...b, [lineId]: text })),
    all: () => setBack(Object.fromEntries(order.lines.map((l) => [l.id, String(leftOf(l))]))),
    amountText,
    setAmountText,
    errors,
    /** A line's problem (more than is left, not a number) or "choose something". */
    linesError: errors.lines ?? Object.entries(errors).find(([path]) => path.startsWith('lines.'))?.[1],
    /** The money the refund gives back, once the request is valid. */
    willRefund: plan.ok ? plan.plan.amount : null,
    /** The request to send, or null (and its errors shown). */
    submit: () => {
      setSubmitted(true)
      return checked.ok ? checked.data : null
    },
  }
}
