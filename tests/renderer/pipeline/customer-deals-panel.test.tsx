// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ensureDefaultPipelineStages } from '../../../src-main/deals/default-stages'
import { RegisteredPanels } from '../../../src-renderer/src/components/registered-panels'
import '../../../src-renderer/src/features/pipeline'
import type { CustomerDeal } from '../../../src-shared/domain/deal-types'
import type { TestBackend } from '../../support/test-db'
import { closeBackend, openBackend, seed } from '../support/real-bridge'
import { renderKit } from '../support/render-kit'

let backend: TestBackend
let customerId: number
let otherId: number
beforeEach(async () => {
  backend = openBackend()
  ensureDefaultPipelineStages(backend.db, 'en')
  customerId = (await seed<{ customer: { id: number } }>('customers.create', { name: 'Wang Fang' })).customer.id
  otherId = (await seed<{ customer: { id: number } }>('customers.create', { name: 'Li Lei' })).customer.id
})
afterEach(() => {
  cleanup()
  closeBackend()
})

/**
 * The pipeline feature's panel on the customer page (registries/record-panels): "New deal" opens
 * the deal form with this customer already chosen, and the deal saved belongs to them — the real
 * handlers over a temp SQLite file behind `window.kehu`.
 */
describe('New deal from the customer page', () => {
  it('opens the deal form for this customer, and the deal it saves is theirs', async () => {
    await renderKit(<RegisteredPanels kind="customer" column="side" recordId={customerId} />)
    const panel = await screen.findByRole('region', { name: 'Open deals' })
    expect(within(panel).getByText('No open deals.')).toBeTruthy()

    fireEvent.click(await within(panel).findByRole('button', { name: 'New deal' }))
    const dialog = await screen.findByRole('dialog', { name: 'New deal' })
    // The customer is already chosen: shown by name with its remove button, not an empty search box.
    expect(within(dialog).getByText('Wang Fang')).toBeTruthy()
    expect(within(dialog).getByRole('button', { name: 'Remove customer' })).toBeTruthy()
    fireEvent.change(within(dialog).getByLabelText(/^Title/), { target: { value: 'Tea for the new office' } })
    fireEvent.change(within(dialog).getByLabelText(/^Value/), { target: { value: '1280' } })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save deal' }))

    expect(await within(panel).findByRole('button', { name: 'Tea for the new office' })).toBeTruthy()
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    const stored = backend.db.prepare('SELECT title, customer_id AS customerId, value FROM deals').all()
    expect(stored).toEqual([{ title: 'Tea for the new office', customerId, value: 128_000 }])
    const theirs = await seed<CustomerDeal[]>('deals.ofCustomer', { customerId })
    expect(theirs.map((d) => d.title)).toEqual(['Tea for the new office'])
    expect(await seed<CustomerDeal[]>('deals.ofCustomer', { customerId: otherId })).toEqual([])
  })
})
