import type Database from 'better-sqlite3'
import { insertCustomer } from '../../src-main/customers/write'
import { ensureDefaultPipelineStages } from '../../src-main/deals/default-stages'
import { defaultStage } from '../../src-main/deals/stages'
import { createDeal } from '../../src-main/deals/write'
import { writeTransaction } from '../../src-main/db/transaction'
import { bulkOrderWriter } from '../../src-main/orders/write'
import { insertTicket } from '../../src-main/service/write'

export interface Records {
  customer: number
  deal: number
  order: number
  ticket: number
}

/** A customer with one open deal, one order and one ticket, written through their own domains. */
export function makeRecords(db: Database.Database, name = '王芳'): Records {
  ensureDefaultPipelineStages(db, 'zh-CN')
  const customer = insertCustomer(db, { name })
  const deal = createDeal(db, { title: `${name}的年货礼盒`, stageId: defaultStage(db)!.id, customerId: customer, value: 880000 })
  const order = writeTransaction(db, () =>
    bulkOrderWriter(db).insertOrder(
      {
        number: `SO-${customer}`,
        customerId: customer,
        orderedAt: '2026-11-01T02:00:00.000Z',
        status: 'completed',
        channel: null,
        paymentMethod: 'wechat',
        campaignId: null,
        discount: 0,
        tax: 0,
        notes: '',
      },
      [{ position: 0, productId: null, description: '咖啡豆', quantity: 1, unitPrice: 8800 }],
    ),
  )
  const ticket = insertTicket(db, { number: `T-${customer}`, subject: '包装破损', customerId: customer, orderId: order })
  return { customer, deal, order, ticket }
}
