// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CustomersPage } from '../../../src-renderer/src/features/customers'
import { useNavigationStore } from '../../../src-renderer/src/stores/navigation'
import type { TestBackend } from '../../support/test-db'
import { closeBackend, openBackend, seed } from '../support/real-bridge'
import { renderCustomers, VIEWPORT_HEIGHT } from './support/render'

const TOTAL = 450 // more than two pages of 200, so scrolling has to fetch on demand
const ROW = 32
const nameOf = (i: number): string => `Customer ${String(i).padStart(3, '0')}`

let backend: TestBackend
beforeEach(async () => {
  backend = openBackend()
  for (let i = 1; i <= TOTAL; i++)
    await seed('customers.create', { name: nameOf(i), phone: `1390000${String(i).padStart(4, '0')}` })
})
afterEach(() => {
  cleanup()
  closeBackend()
})

const grid = (): HTMLElement => screen.getByRole('grid', { name: 'Customers' })
const bodyRows = (): HTMLElement[] =>
  within(grid())
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1')
const header = (name: string): HTMLElement => within(grid()).getByRole('columnheader', { name })
const openPage = async (): Promise<void> => {
  await renderCustomers(<CustomersPage />)
  await screen.findByText(`${TOTAL} customers`)
  await waitFor(() => expect(bodyRows()[0].textContent).toContain(nameOf(1)))
}

describe('customer table', () => {
  it('renders only the visible window of a long list and fetches further pages as it scrolls', async () => {
    await openPage()
    expect(grid().getAttribute('aria-rowcount')).toBe(String(TOTAL + 1))
    const rendered = bodyRows().length
    expect(rendered).toBeGreaterThanOrEqual(VIEWPORT_HEIGHT / ROW)
    expect(rendered).toBeLessThan(60)

    const scroller = grid().querySelector('.data-grid__scroll') as HTMLElement
    act(() => {
      scroller.scrollTop = 300 * ROW + ROW // row index 300 at the top, below the header
      fireEvent.scroll(scroller)
    })
    // Row 301 lives on the second page (offset 200), which only loads now.
    await waitFor(() => expect(within(grid()).getByText(nameOf(301))).toBeTruthy())
    const row = within(grid()).getByText(nameOf(301)).closest('[role="row"]')
    expect(row?.getAttribute('aria-rowindex')).toBe(String(301 + 1))
    expect(within(grid()).queryByText(nameOf(1))).toBeNull()
  })

  it('sorts on the server when a column header is clicked, and says so with aria-sort', async () => {
    await openPage()
    expect(header('Name').getAttribute('aria-sort')).toBe('ascending')
    fireEvent.click(within(header('Name')).getByRole('button'))
    await waitFor(() => expect(bodyRows()[0].textContent).toContain(nameOf(TOTAL)))
    expect(header('Name').getAttribute('aria-sort')).toBe('descending')

    fireEvent.click(within(header('Phone')).getByRole('button'))
    expect(header('Phone').getAttribute('aria-sort')).toBe('ascending')
    expect(header('Name').getAttribute('aria-sort')).toBe('none')
    await waitFor(() => expect(bodyRows()[0].textContent).toContain('13900000001'))
  })

  it('selects with checkboxes, Shift-click ranges and Ctrl+A; bulk delete has Undo', async () => {
    await openPage()
    fireEvent.click(screen.getByRole('checkbox', { name: `Select ${nameOf(1)}` }))
    fireEvent.click(screen.getByRole('checkbox', { name: `Select ${nameOf(4)}` }), { shiftKey: true })
    expect(screen.getByText('4 selected')).toBeTruthy()
    expect(bodyRows().filter((row) => row.getAttribute('aria-selected') === 'true')).toHaveLength(4)

    fireEvent.keyDown(grid(), { key: 'a', ctrlKey: true })
    expect(screen.getByText(`${TOTAL} selected`)).toBeTruthy()
    expect((screen.getByRole('checkbox', { name: 'Select all customers' }) as HTMLInputElement).checked).toBe(true)
    fireEvent.keyDown(grid(), { key: 'Escape' })
    expect(screen.queryByRole('region', { name: 'Selected customers' })).toBeNull()

    fireEvent.click(screen.getByRole('checkbox', { name: `Select ${nameOf(2)}` }))
    fireEvent.click(screen.getByRole('checkbox', { name: `Select ${nameOf(3)}` }))
    fireEvent.click(within(screen.getByRole('region', { name: 'Selected customers' })).getByRole('button', { name: 'Delete' }))
    await screen.findByText('Moved 2 customers to Trash.')
    await screen.findByText(`${TOTAL - 2} customers`)
    const live = (): number =>
      (backend.db.prepare('SELECT count(*) AS n FROM customers WHERE deleted_at IS NULL').get() as { n: number }).n
    expect(live()).toBe(TOTAL - 2)
    expect(bodyRows()[1].textContent).toContain(nameOf(4))

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await screen.findByText(`${TOTAL} customers`)
    expect(live()).toBe(TOTAL)
  })

  it('moves with the arrow keys and opens the active customer with Enter', async () => {
    await openPage()
    grid().focus()
    fireEvent.keyDown(grid(), { key: 'ArrowDown' })
    fireEvent.keyDown(grid(), { key: 'ArrowDown' })
    const active = document.getElementById(grid().getAttribute('aria-activedescendant') ?? '')
    expect(active?.textContent).toContain(nameOf(3))
    fireEvent.keyDown(grid(), { key: 'Enter' })
    const id = (backend.db.prepare('SELECT id FROM customers WHERE name = ?').get(nameOf(3)) as { id: number }).id
    expect(useNavigationStore.getState().route).toEqual({ page: 'customer', id: String(id) })
  })

  it('answers the search box as you type, pinyin initials included', async () => {
    await seed('customers.create', { name: '张三', phone: '13800138000' })
    await renderCustomers(<CustomersPage />)
    await screen.findByText(`${TOTAL + 1} customers`)
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search customers' }), { target: { value: 'zs' } })
    await screen.findByText('1 customer')
    expect(bodyRows()).toHaveLength(1)
    expect(bodyRows()[0].textContent).toContain('张三')
  })
})
