import { amountToMinor, minorToAmount, quantityFromText } from '../../../../../src-shared/domain/amount-text'
import type { CustomerSearchHit } from '../../../../../src-shared/domain/customer-types'
import type { ProductHit } from '../../../../../src-shared/domain/order-types'
import type { PaymentMethod, SaleInputDraft } from '../../../../../src-shared/domain/sale'

/** One line as typed: the amounts stay text until the order is sent. */
export interface DraftLine {
  key: string
  productId: number | null
  sku: string | null
  description: string
  quantity: string
  unitPrice: string
  discount: string
}

/** The order form as typed. `customer` null is a walk-in sale. */
export interface OrderDraft {
  customer: CustomerSearchHit | null
  lines: DraftLine[]
  discount: string
  tax: string
  paymentMethod: PaymentMethod
  channel: string
  campaignId: number | null
  notes: string
}

export const emptyDraft = (customer: CustomerSearchHit | null = null): OrderDraft => ({
  customer,
  lines: [],
  discount: '',
  tax: '',
  paymentMethod: 'wechat',
  channel: '',
  campaignId: null,
  notes: '',
})

let nextKey = 0
const lineKey = (): string => `line-${++nextKey}`

/** A product picked: one of it at its price, or one more when it is already on the order. */
export function addProduct(lines: readonly DraftLine[], product: ProductHit, digits: number): DraftLine[] {
  const index = lines.findIndex((l) => l.productId === product.id)
  if (index >= 0) {
    const quantity = quantityFromText(lines[index].quantity)
    if (quantity !== null) return lines.with(index, { ...lines[index], quantity: String(quantity + 1) })
  }
  const line = { key: lineKey(), productId: product.id, sku: product.sku, description: product.name, quantity: '1', discount: '' }
  return [...lines, { ...line, unitPrice: minorToAmount(product.price, digits) }]
}

/** Something sold that is not in the catalog: its price is typed next. */
export const freeTextLine = (description: string): DraftLine => ({
  key: lineKey(),
  productId: null,
  sku: null,
  description,
  quantity: '1',
  unitPrice: '',
  discount: '',
})

/**
 * An amount as the schema checks it: blank is absent (its default applies), text that is not
 * an amount is NaN (the schema says "enter an amount"), too many decimals a fraction of a minor unit.
 */
function amount(text: string, digits: number): number | undefined {
  if (text.trim() === '') return undefined
  return amountToMinor(text, digits) ?? Number.NaN
}

/** The draft as `orders.create` takes it, for the shared schema to check on both sides. */
export function toSaleInput(draft: OrderDraft, digits: number): SaleInputDraft {
  return {
    customerId: draft.customer?.id ?? null,
    lines: draft.lines.map((l) => ({
      productId: l.productId,
      description: l.description,
      quantity: quantityFromText(l.quantity) ?? Number.NaN,
      unitPrice: amount(l.unitPrice, digits) ?? Number.NaN,
      discount: amount(l.discount, digits),
    })),
    discount: amount(draft.discount, digits),
    tax: amount(draft.tax, digits),
    paymentMethod: draft.paymentMethod,
    channel: draft.channel,
    campaignId: draft.campaignId,
    notes: draft.notes,
  }
}

/** A number the live totals can use: what is not (yet) valid counts as 0. */
export const orZero = (value: number | undefined): number => (value === undefined || !Number.isFinite(value) ? 0 : value)
