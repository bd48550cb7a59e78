import type { DataEntity } from '../../../../../src-shared/ipc'

/** What RFM and clusters read: customers and their orders (refunds change an order's status). */
export const GROUPS_ENTITIES: readonly DataEntity[] = ['customers', 'orders', 'order_refunds']
