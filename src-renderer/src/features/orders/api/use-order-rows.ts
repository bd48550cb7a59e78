import type { OrderRow } from '../../../../../src-shared/domain/order-types'
import type { OrderListInput } from '../../../../../src-shared/ipc/channels/orders'
import { call } from '../../../lib/ipc'
import type { RowWindow } from '../../../lib/paged-rows'
import { usePagedRows } from '../../../lib/use-paged-rows'
import { ORDER_ENTITIES } from './entities'

export type OrderQuery = Omit<OrderListInput, 'offset' | 'limit'>

/** Rows per request: a few screens; the server answers a page of 200 within a frame at 1M lines. */
const PAGE_SIZE = 200

const fetchOrders = (query: OrderQuery, offset: number, limit: number): Promise<RowWindow<OrderRow>> =>
  call('orders.list', { ...query, offset, limit })

/** The orders grid's rows for one filter and sort, page by page for the range in view. */
export const useOrderRows = (query: OrderQuery) =>
  usePagedRows(query, fetchOrders, { entities: ORDER_ENTITIES, pageSize: PAGE_SIZE })
