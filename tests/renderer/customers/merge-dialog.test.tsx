// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CustomerDetailPage } from '../../../src-renderer/src/features/customers/detail'
import type { CustomerDetail } from '../../../src-shared/domain/customer-types'
import type { TestBackend } from '../../support/test-db'
import { closeBackend, openBackend, seed } from '../support/real-bridge'
import { renderCustomers } from './support/render'

let backend: TestBackend
let keep: CustomerDetail
let dupe: CustomerDetail
beforeEach(async () => {
  backend = openBackend()
  const create = async (input: object): Promise<CustomerDetail> =>
    (await seed<{ customer: CustomerDetail }>('customers.create', input)).customer
  keep = await create({ name: '张三', phone: '138 0013 8000', city: '上海', notes: 'VIP' })
  dupe = await create({ name: '张三 (copy)', phone: '139 0013 9000', email: 'zhang@example.com', city: '杭州' })
  await renderCustomers(<CustomerDetailPage id={String(keep.id)} />)
  await screen.findByRole('heading', { level: 1, name: '张三' })
})
afterEach(() => {
  cleanup()
  closeBackend()
})

const row = (id: number): unknown =>
  backend.db.prepare('SELECT name, phone, email, city, notes, deleted_at IS NOT NULL AS gone FROM customers WHERE id = ?').get(id)

describe('the merge dialog', () => {
  it('shows both records side by side, merges with the picked values, and undoes from the toast', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Merge…' }))
    const dialog = within(screen.getByRole('dialog', { name: 'Merge another customer into 张三' }))
    fireEvent.change(dialog.getByRole('searchbox', { name: 'Find the duplicate by name or phone' }), {
      target: { value: '139 0013' },
    })
    fireEvent.click(await dialog.findByRole('radio', { name: /张三 \(copy\)/ }))
    const compare = within(await dialog.findByRole('table', { name: 'The two customers side by side' }))
    expect(compare.getByRole('columnheader', { name: /张三 stays/ })).toBeTruthy()
    expect(compare.getByRole('columnheader', { name: /张三 \(copy\) is merged in/ })).toBeTruthy()
    // Both have a phone and a city: a choice each; the email only the duplicate has.
    expect((compare.getByRole('radio', { name: 'Keep 138 0013 8000 as the Phone' }) as HTMLInputElement).checked).toBe(true)
    fireEvent.click(compare.getByRole('radio', { name: 'Keep 139 0013 9000 as the Phone' }))
    expect(compare.getByText('zhang@example.com')).toBeTruthy()
    expect(dialog.getByText(/goes to the Trash, marked “merged into 张三”/)).toBeTruthy()

    fireEvent.click(dialog.getByRole('button', { name: 'Merge' }))
    await screen.findByText('Merged 张三 (copy) into 张三.')
    expect(row(keep.id)).toEqual({
      name: '张三',
      phone: '139 0013 9000',
      email: 'zhang@example.com',
      city: '上海',
      notes: 'VIP',
      gone: 0,
    })
    expect(row(dupe.id)).toMatchObject({ gone: 1 })
    const note = backend.db.prepare(`SELECT body FROM activities WHERE customer_id = ? AND kind = 'system'`).pluck().get(keep.id)
    expect(note).toContain('138 0013 8000')
    expect(note).toContain('杭州')

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await screen.findByText('Merge undone: 张三 (copy) is back with everything that was moved.')
    await waitFor(() => expect(row(dupe.id)).toMatchObject({ gone: 0, email: 'zhang@example.com', city: '杭州' }))
    expect(row(keep.id)).toEqual({ name: '张三', phone: '138 0013 8000', email: null, city: '上海', notes: 'VIP', gone: 0 })
  })
})
