import { z } from 'zod'
import { decimalParts } from './exact-decimal'

/**
 * Field rules of the sales records (products, orders, refunds), shared by the forms, the IPC
 * channels and the CSV importer. Messages of our own checks are catalog keys (`orders.validation.*`):
 * the registrar, the forms and the importer translate them into the UI language.
 */
export const salesMessages = {
  money: 'orders.validation.money',
  moneyDecimals: 'orders.validation.moneyDecimals',
  moneyRange: 'orders.validation.moneyRange',
  moneyNegative: 'orders.validation.moneyNegative',
  quantity: 'orders.validation.quantity',
  quantityPositive: 'orders.validation.quantityPositive',
  quantityDecimals: 'orders.validation.quantityDecimals',
  quantityRange: 'orders.validation.quantityRange',
} as const

/** The largest amount a price, a line or an order may reach: ¥10,000,000,000.00 in fen. */
export const MAX_MONEY = 1_000_000_000_000
export const MAX_QUANTITY = 1_000_000
/** Quantities are counted to the gram (three decimals). */
export const QUANTITY_DECIMALS = 3

/**
 * An amount in minor units (fen, cents), as every channel carries money. A fraction of a minor
 * unit is what a price with more decimals than the currency has becomes (`12.345` yuan is
 * 1234.5 fen), so it is refused with that message on both sides.
 */
export const money = z
  .number({ error: salesMessages.money })
  .refine(Number.isInteger, { error: salesMessages.moneyDecimals })
  .refine((v) => Math.abs(v) <= MAX_MONEY, { error: salesMessages.moneyRange })

/** A price, a cost or a discount: never below zero. */
export const nonNegativeMoney = money.refine((v) => v >= 0, { error: salesMessages.moneyNegative })

/** A quantity sold or returned: more than 0, at most three decimals (a negative one belongs to a refund). */
export const quantity = z
  .number({ error: salesMessages.quantity })
  .refine((q) => q > 0, { error: salesMessages.quantityPositive })
  .refine((q) => q <= MAX_QUANTITY, { error: salesMessages.quantityRange })
  .refine((q) => decimalParts(q).scale <= QUANTITY_DECIMALS, { error: salesMessages.quantityDecimals })
