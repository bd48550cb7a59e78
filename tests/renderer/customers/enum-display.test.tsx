// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeTransaction } from '../../../src-main/db/transaction'
import { bulkOrderWriter } from '../../../src-main/orders/write'
import { insertTicket } from '../../../src-main/service/write'
import { CustomerDetailPage } from '../../../src-renderer/src/features/customers/detail'
// The purchase history panel is the orders feature's, registered when the feature loads.
import '../../../src-renderer/src/features/orders'
import type { CustomerDetail } from '../../../src-shared/domain/customer-types'
import { ORDER_STATUSES } from '../../../src-shared/domain/order'
import { resources } from '../../../src-shared/i18n'
import { closeBackend, openBackend, seed } from '../support/real-bridge'
import { renderCustomers } from './support/render'

const zh = resources['zh-CN'].enums

let customerId: number
beforeEach(async () => {
  const { db } = openBackend('zh-CN')
  customerId = (await seed<{ customer: CustomerDetail }>('customers.create', { name: '陈大文' })).customer.id
  writeTransaction(db, () => {
    const writer = bulkOrderWriter(db)
    ORDER_STATUSES.forEach((status, i) =>
      writer.insertOrder(
        {
          number: `A-${i + 1}`,
          customerId,
          orderedAt: `2026-03-0${i + 1}T04:00:00.000Z`,
          status,
          channel: null,
          paymentMethod: null,
          campaignId: null,
          discount: 0,
          tax: 0,
          notes: '',
        },
        [{ position: 0, productId: null, description: '茶叶', quantity: 1, unitPrice: 1_000 }],
      ),
    )
  })
  insertTicket(db, { number: 'TK-9', subject: '包装破损', status: 'pending', priority: 'urgent', customerId })
})
afterEach(() => {
  cleanup()
  closeBackend()
})

describe('the customer page in Chinese shows no raw enum value', () => {
  it('purchase history: every order status in Chinese', async () => {
    await renderCustomers(<CustomerDetailPage id={String(customerId)} />, 'zh-CN')
    const history = await screen.findByRole('region', { name: '购买记录' })
    const table = await within(history).findByRole('table')
    await within(table).findByText('A-1')
    const statusCells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[2].textContent)
    // Newest first: A-6 (refunded) … A-1 (pending).
    expect(statusCells).toEqual([...ORDER_STATUSES].reverse().map((status) => zh.orderStatus[status]))
    for (const status of ORDER_STATUSES) expect(within(table).queryByText(status)).toBeNull()
  })

  it('timeline purchase entries and open tickets say their status in Chinese', async () => {
    await renderCustomers(<CustomerDetailPage id={String(customerId)} />, 'zh-CN')
    const timeline = await screen.findByRole('region', { name: '动态' })
    expect(await within(timeline).findByText(new RegExp(`订单 A-6 · .* · ${zh.orderStatus.refunded}`))).toBeTruthy()
    const tickets = screen.getByRole('region', { name: '未结工单' })
    expect(await within(tickets).findByText(zh.ticketPriority.urgent)).toBeTruthy()
    expect(within(tickets).getByText(new RegExp(zh.ticketStatus.pending))).toBeTruthy()
    expect(document.body.textContent).not.toMatch(/\b(pending|refunded|completed|urgent)\b/)
  })
})
