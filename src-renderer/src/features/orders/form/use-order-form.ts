import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerSearchHit } from '../../../../../src-shared/domain/customer-types'
import { orderTotals } from '../../../../../src-shared/domain/order-math'
import type { OrderDetail } from '../../../../../src-shared/domain/order-types'
import { saleInput } from '../../../../../src-shared/domain/sale'
import { call, IpcCallError } from '../../../lib/ipc'
import { currencyDigits } from '../../../lib/format'
import { useFormat } from '../../../lib/use-format'
import { validate, type FieldErrors } from '../../../lib/validate'
import { emptyDraft, orZero, toSaleInput, type OrderDraft } from './draft'

/**
 * The order form's state: the draft as typed, checked on every change with the IPC's own
 * schema in the UI language, and the totals worked out as the main process will (exact minor
 * units). A field shows its error once left, or after a save attempt; errors the server finds
 * (it checks again, and knows about deleted customers and products) show the same way.
 */
export function useOrderForm(customer: CustomerSearchHit | null, onCreated: (order: OrderDetail) => void) {
  const { t } = useTranslation()
  const { locale, currency } = useFormat()
  const digits = currencyDigits(currency)
  const [draft, setDraft] = useState(() => emptyDraft(customer))
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [submitted, setSubmitted] = useState(false)
  const [serverErrors, setServerErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const input = toSaleInput(draft, digits)
  const checked = validate(saleInput, input, locale, t)
  const errors: FieldErrors = checked.ok ? serverErrors : checked.errors
  const totals = orderTotals({
    lines: input.lines.map((l) => ({
      quantity: orZero(l.quantity),
      unitPrice: orZero(l.unitPrice),
      discount: orZero(l.discount),
    })),
    discount: orZero(input.discount),
    tax: orZero(input.tax),
  })

  return {
    draft,
    digits,
    totals,
    busy,
    errorOf: (path: string): string | undefined => (submitted || touched.has(path) ? errors[path] : undefined),
    update: (change: (d: OrderDraft) => OrderDraft): void => {
      setDraft(change)
      setServerErrors({})
    },
    touch: (path: string): void => setTouched((s) => new Set(s).add(path)),
    /** Resolves to the first invalid field's path (to focus it), or null once saved. */
    submit: async (): Promise<string | null> => {
      setSubmitted(true)
      if (!checked.ok) return Object.keys(checked.errors)[0] ?? null
      setBusy(true)
      try {
        onCreated(await call('orders.create', checked.data))
        return null
      } catch (error) {
        if (!(error instanceof IpcCallError) || !error.error.issues?.length) throw error
        const fromServer = Object.fromEntries(error.error.issues.map((issue) => [issue.path, issue.message]))
        setServerErrors(fromServer)
        return Object.keys(fromServer)[0] ?? null
      } finally {
        setBusy(false)
      }
    },
  }
}

export type OrderForm = ReturnType<typeof useOrderForm>
