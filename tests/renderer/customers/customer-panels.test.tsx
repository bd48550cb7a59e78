// @vitest-environment happy-dom
import { act, cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CustomerDetailPage } from '../../../src-renderer/src/features/customers/detail'
// The purchase history panel is the orders feature's, registered when the feature loads.
import '../../../src-renderer/src/features/orders'
// The pipeline feature registers the customer page's deals panel (registries/record-panels).
import '../../../src-renderer/src/features/pipeline'
import { registerRecordPanel, type RecordPanelProps } from '../../../src-renderer/src/registries/record-panels'
import type { CustomerDetail } from '../../../src-shared/domain/customer-types'
import { closeBackend, openBackend, seed } from '../support/real-bridge'
import { renderCustomers } from './support/render'

/** A panel as the tasks module will add one: it knows the customer's id and nothing of the customers feature. */
function TasksPanel({ recordId }: RecordPanelProps) {
  return <p>Tasks of customer #{recordId}</p>
}

let customer: CustomerDetail
beforeEach(async () => {
  openBackend()
  customer = (await seed<{ customer: CustomerDetail }>('customers.create', { name: '王五' })).customer
})
afterEach(() => {
  cleanup()
  closeBackend()
})

const headings = (column: Element): (string | null)[] =>
  within(column as HTMLElement)
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent)

describe('customer page panels (registries/record-panels)', () => {
  it('renders every registered panel in its column and order, with the customer id', async () => {
    const stop = registerRecordPanel({
      id: 'tasks.open',
      kind: 'customer',
      column: 'side',
      order: 150,
      title: () => 'Tasks',
      Component: TasksPanel,
    })
    try {
      await renderCustomers(<CustomerDetailPage id={String(customer.id)} />)
      await screen.findByRole('heading', { level: 1, name: '王五' })
      const [side, main] = document.querySelectorAll('.customer-detail__side, .customer-detail__main')
      expect(headings(side)).toEqual(['Profile', 'Open deals', 'Tasks', 'Open tickets'])
      expect(headings(main)).toEqual(['Timeline', 'Purchase history'])
      expect(within(screen.getByRole('region', { name: 'Tasks' })).getByText(`Tasks of customer #${customer.id}`)).toBeTruthy()
      expect(await screen.findByText('No open deals.')).toBeTruthy()
      expect(await screen.findByText('No orders yet.')).toBeTruthy()

      act(() => stop())
      expect(screen.queryByRole('region', { name: 'Tasks' })).toBeNull()
    } finally {
      stop()
    }
  })
})
