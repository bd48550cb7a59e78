// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CustomerDetailPage } from '../../../src-renderer/src/features/customers/detail'
import { useNavigationStore } from '../../../src-renderer/src/stores/navigation'
import type { CustomerDetail } from '../../../src-shared/domain/customer-types'
import type { TestBackend } from '../../support/test-db'
import { closeBackend, openBackend, seed } from '../support/real-bridge'
import { renderCustomers } from './support/render'

let backend: TestBackend
let customer: CustomerDetail
beforeEach(async () => {
  backend = openBackend()
  customer = (
    await seed<{ customer: CustomerDetail }>('customers.create', {
      name: '李四',
      phone: '139 1234 5678',
      email: 'li@example.com',
    })
  ).customer
  await seed('customers.tag', { ids: [customer.id], tagName: 'VIP' })
  await renderCustomers(<CustomerDetailPage id={String(customer.id)} />)
  await screen.findByRole('heading', { level: 1, name: '李四' })
})
afterEach(() => {
  cleanup()
  closeBackend()
})

const column = (name: string): unknown => backend.db.prepare(`SELECT ${name} AS v FROM customers WHERE id = ?`).get(customer.id)
const profile = (): HTMLElement => screen.getByRole('region', { name: 'Profile' })

describe('customer detail', () => {
  it('shows the header: phone with a copy button, tags, and the figures', () => {
    const header = within(screen.getByRole('heading', { level: 1 }).closest('header') as HTMLElement)
    expect(header.getByText('139 1234 5678')).toBeTruthy()
    expect(header.getByRole('button', { name: 'Copy phone number' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Remove tag VIP' })).toBeTruthy()
    expect(screen.getByText('Lifetime value').nextElementSibling?.textContent).toBe('CN¥0.00')
  })

  it('edits a field in place: Enter saves, Esc cancels, an invalid value stays with its message', async () => {
    fireEvent.click(within(profile()).getByRole('button', { name: 'City' }))
    fireEvent.change(within(profile()).getByRole('textbox', { name: 'City' }), { target: { value: '上海' } })
    fireEvent.keyDown(within(profile()).getByRole('textbox', { name: 'City' }), { key: 'Enter' })
    await waitFor(() => expect(column('city')).toEqual({ v: '上海' }))
    await waitFor(() => expect(within(profile()).getByRole('button', { name: 'City' }).textContent).toBe('上海'))

    fireEvent.click(within(profile()).getByRole('button', { name: 'Email' }))
    fireEvent.change(within(profile()).getByRole('textbox', { name: 'Email' }), { target: { value: 'other@example.com' } })
    fireEvent.keyDown(within(profile()).getByRole('textbox', { name: 'Email' }), { key: 'Escape' })
    expect(within(profile()).getByRole('button', { name: 'Email' }).textContent).toBe('li@example.com')
    expect(column('email')).toEqual({ v: 'li@example.com' })

    fireEvent.click(within(profile()).getByRole('button', { name: 'Phone' }))
    fireEvent.change(within(profile()).getByRole('textbox', { name: 'Phone' }), { target: { value: 'not a phone' } })
    fireEvent.keyDown(within(profile()).getByRole('textbox', { name: 'Phone' }), { key: 'Enter' })
    expect(within(profile()).getByRole('alert').textContent).toBe(
      'Enter a phone number (digits, spaces, dashes and a leading + are fine).',
    )
    expect(column('phone')).toEqual({ v: '139 1234 5678' })
  })

  it('logs a visit from the quick box into the timeline', async () => {
    fireEvent.click(screen.getByRole('radio', { name: 'Visit' }))
    fireEvent.change(screen.getByRole('textbox', { name: 'What happened' }), { target: { value: '来店试穿，下周再来' } })
    fireEvent.click(screen.getByRole('button', { name: 'Log Visit' }))
    await screen.findByText('来店试穿，下周再来')
    const row = backend.db.prepare('SELECT kind, body FROM activities WHERE customer_id = ?').get(customer.id)
    expect(row).toEqual({ kind: 'visit', body: '来店试穿，下周再来' })
  })

  it('deletes softly with Undo, and goes back to the list', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }))
    await screen.findByText('Moved 李四 to Trash.')
    expect(useNavigationStore.getState().route).toEqual({ page: 'customers' })
    expect((column('deleted_at') as { v: string | null }).v).not.toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await screen.findByText('Restored 李四.')
    expect(column('deleted_at')).toEqual({ v: null })
  })
})
