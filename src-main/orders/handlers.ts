import type { DataEntity } from '../../src-shared/ipc'
import { defineService } from '../ipc/backend-services'
import type { HandlerContext } from '../ipc/context'
import type { DomainHandlers } from '../ipc/handler'
import { VersionedCache } from '../db/versioned-cache'
import { createSale } from './create-sale'
import { loadOrderDetail } from './detail'
import { editOrder } from './edit-order'
import { listOrders, orderFacets, orderTotals, searchOrders } from './list-query'
import { cancelEdit, refundEdit, undoCancelEdit } from './reversal-edits'

/** Counts and sums of the orders page, reused while nothing changed. */
const orderAnswers = defineService('orders.answers', () => new VersionedCache())

/** An order write changes the order, perhaps its refunds, and its customer's figures (trigger). */
const ORDER_WRITE: DataEntity[] = ['orders', 'order_refunds', 'customers']

/** After a write: tells the windows, then answers the order as it is now. */
const written = (ctx: HandlerContext, id: number) => {
  ctx.emit('data.changed', { entities: ORDER_WRITE })
  return loadOrderDetail(ctx.db, id)
}

export const orderHandlers: DomainHandlers<'orders'> = {
  'orders.create': (input, ctx) => written(ctx, createSale(ctx.db, input)),
  'orders.list': (input, ctx) => listOrders(ctx.db, input, ctx.services.get(orderAnswers)),
  'orders.totals': ({ filter }, ctx) => orderTotals(ctx.db, filter, ctx.services.get(orderAnswers)),
  'orders.get': ({ id }, ctx) => loadOrderDetail(ctx.db, id),
  'orders.update': ({ id, updatedAt, patch }, ctx) => {
    editOrder(ctx.db, id, updatedAt, patch)
    return written(ctx, id)
  },
  'orders.cancel': ({ id, updatedAt, reason }, ctx) => {
    cancelEdit(ctx.db, id, updatedAt, reason)
    return written(ctx, id)
  },
  'orders.undoCancel': ({ id }, ctx) => {
    undoCancelEdit(ctx.db, id)
    return written(ctx, id)
  },
  'orders.refund': ({ id, updatedAt, ...request }, ctx) => {
    refundEdit(ctx.db, id, updatedAt, request)
    return written(ctx, id)
  },
  'orders.facets': (_input, ctx) => orderFacets(ctx.db, ctx.services.get(orderAnswers)),
  'orders.search': ({ query, limit }, ctx) => searchOrders(ctx.db, query, limit),
}
