import type { DataEntity } from '../../../../../src-shared/ipc'

/** Tables whose changes alter what the orders pages show (a customer renamed shows in the rows). */
export const ORDER_ENTITIES: readonly DataEntity[] = ['orders', 'order_refunds', 'customers', 'campaigns']

/** Tables whose changes alter the products tab (a first sale makes a product undeletable). */
export const PRODUCT_ENTITIES: readonly DataEntity[] = ['products', 'orders']
