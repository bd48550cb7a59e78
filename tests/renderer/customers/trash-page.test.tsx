// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CustomersPage } from '../../../src-renderer/src/features/customers'
import { useCustomerListStore } from '../../../src-renderer/src/features/customers/stores/list'
import { useToastStore } from '../../../src-renderer/src/components/toast'
import type { CustomerDetail } from '../../../src-shared/domain/customer-types'
import type { TestBackend } from '../../support/test-db'
import { closeBackend, openBackend, seed } from '../support/real-bridge'
import { renderCustomers } from './support/render'

let backend: TestBackend
const ids: Record<string, number> = {}
beforeEach(async () => {
  backend = openBackend()
  for (const name of ['Ann', 'Ben', '张三', '张三 (copy)']) {
    ids[name] = (await seed<{ customer: CustomerDetail }>('customers.create', { name })).customer.id
  }
  await seed('customers.delete', { ids: [ids.Ann, ids.Ben] })
  await seed('customers.merge', { keepId: ids['张三'], mergeId: ids['张三 (copy)'] })
  await renderCustomers(<CustomersPage />)
  useCustomerListStore.getState().setView('trash')
  await screen.findByText('3 customers')
})
afterEach(() => {
  cleanup()
  closeBackend()
})

const grid = (): HTMLElement => screen.getByRole('grid', { name: 'Customers in the Trash' })
const exists = (id: number): boolean => backend.db.prepare('SELECT 1 FROM customers WHERE id = ?').get(id) !== undefined

describe('the Trash', () => {
  it('says what happened to each customer, and since when', async () => {
    const merged = within(grid()).getByText('张三 (copy)').closest('[role="row"]') as HTMLElement
    expect(within(merged).getByText('Merged into 张三')).toBeTruthy()
    expect(within(merged).getByRole('button', { name: 'Undo the merge of 张三 (copy)' })).toBeTruthy()
    const ann = within(grid()).getByText('Ann').closest('[role="row"]') as HTMLElement
    expect(within(ann).getByText('Deleted')).toBeTruthy()
    expect(within(ann).getByText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)).toBeTruthy()
    expect(screen.getByText(/stay here for 30 days, then they are deleted for good/)).toBeTruthy()
  })

  it('deletes one for good after its Undo toast, and Undo brings it back', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Delete Ann for good' }))
    await screen.findByText('Deleted 1 customer for good. Their orders stay, without a customer.')
    await screen.findByText('2 customers')
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await screen.findByText('1 customer is back in the Trash.')
    await screen.findByText('3 customers')
    expect(exists(ids.Ann)).toBe(true)

    fireEvent.click(screen.getByRole('button', { name: 'Delete Ann for good' }))
    await screen.findByText('2 customers')
    expect(exists(ids.Ann)).toBe(true) // the Undo window is still open
    const toast = useToastStore.getState().toasts.find((t) => t.message.startsWith('Deleted 1 customer'))
    useToastStore.getState().dismiss(toast!.id, 'expired')
    await waitFor(() => expect(exists(ids.Ann)).toBe(false))
  })

  it('undoes a merge from the Trash', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Undo the merge of 张三 (copy)' }))
    await screen.findByText('Merge undone: 张三 (copy) is back with everything that was moved.')
    await screen.findByText('2 customers')
    expect(backend.db.prepare('SELECT deleted_at FROM customers WHERE id = ?').pluck().get(ids['张三 (copy)'])).toBeNull()
  })

  it('empties the whole Trash once the toast goes', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Empty Trash' }))
    await screen.findByText('Deleted 3 customers for good. Their orders stay, without a customer.')
    await screen.findByText('Trash is empty')
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    await waitFor(() =>
      expect([ids.Ann, ids.Ben, ids['张三 (copy)'], ids['张三']].map(exists)).toEqual([false, false, false, true]),
    )
  })
})
