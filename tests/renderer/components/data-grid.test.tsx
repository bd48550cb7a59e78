// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DataGrid, ROW_HEIGHT, type GridSelection } from '../../../src-renderer/src/components/data-grid/data-grid'
import { MIN_COLUMN_WIDTH } from '../../../src-renderer/src/components/data-grid/column-resizer'
import type { ColumnWidths, GridColumn, SortState } from '../../../src-renderer/src/components/data-grid/grid-types'
import { emptySelection, selectAll, type Selection } from '../../../src-renderer/src/lib/selection'
import { VIEWPORT_HEIGHT } from '../support/grid-viewport'
import { renderKit } from '../support/render-kit'

/** Not a customer: the grid is generic over its row type (products will be its second user). */
interface Product {
  sku: string
  name: string
  price: number
}
const PRODUCTS: Product[] = Array.from({ length: 100 }, (_, i) => ({
  sku: `SKU-${String(i).padStart(3, '0')}`,
  name: `Product ${i}`,
  price: i * 100,
}))
type ProductSort = 'name' | 'price'
const COLUMNS: GridColumn<Product, ProductSort>[] = [
  { id: 'sku', header: 'SKU', width: '8em', render: (p) => p.sku },
  { id: 'name', header: 'Name', width: 'minmax(10em, 1fr)', sortKey: 'name', render: (p) => p.name, title: (p) => p.name },
  { id: 'price', header: 'Price', width: '6em', numeric: true, sortKey: 'price', render: (p) => String(p.price) },
]

/** The caller keeps sort, widths and selection, as a feature's store would. */
function Products({
  selectable,
  onOpen,
  onSortSeen,
}: {
  selectable: boolean
  onOpen(p: Product): void
  onSortSeen?(s: SortState<ProductSort>): void
}) {
  const [sort, setSort] = useState<SortState<ProductSort>>({ key: 'name', direction: 'asc' })
  const [widths, setWidths] = useState<ColumnWidths>({})
  const [selected, setSelected] = useState<Selection<string>>(emptySelection<string>())
  const selection: GridSelection<string> | undefined = selectable
    ? { value: selected, onChange: setSelected, onSelectAll: () => setSelected(selectAll<string>()) }
    : undefined
  return (
    <>
      <DataGrid
        labels={{ grid: 'Products', selectAll: 'Select all products', selectRow: (name) => `Select ${name}` }}
        count={PRODUCTS.length}
        rowAt={(index) => PRODUCTS[index]}
        columns={COLUMNS}
        sort={sort}
        onSort={(next) => (setSort(next), onSortSeen?.(next))}
        widths={widths}
        onResize={(id, width) => setWidths((w) => ({ ...w, [id]: width }))}
        getId={(p) => p.sku}
        rowName={(p) => p.name}
        selection={selection}
        onRangeChange={() => {}}
        // The row only; which index it was is the caller's business (customers come back to it).
        onOpen={(p) => onOpen(p)}
      />
      <output aria-label="widths">{JSON.stringify(widths)}</output>
      <output aria-label="selected">{selected.all ? 'all' : [...selected.ids].join(',')}</output>
    </>
  )
}

const grid = (): HTMLElement => screen.getByRole('grid', { name: 'Products' })
const header = (name: string): HTMLElement => within(grid()).getByRole('columnheader', { name: new RegExp(`^${name}`) })
const activeRow = (): HTMLElement | null => document.getElementById(grid().getAttribute('aria-activedescendant') ?? '')

afterEach(() => cleanup())

describe('DataGrid', () => {
  it('renders a sticky header row and only the visible window of rows, each cell with its tooltip', async () => {
    await renderKit(<Products selectable={false} onOpen={() => {}} />)
    expect(grid().getAttribute('aria-rowcount')).toBe('101')
    const [head, body] = within(grid()).getAllByRole('rowgroup')
    expect(head.className).toBe('data-grid__head')
    expect(within(head).getByRole('row').getAttribute('aria-rowindex')).toBe('1')
    // The first render builds only the rows in view; the overscan rows follow in the next task.
    const inView = Math.ceil(VIEWPORT_HEIGHT / ROW_HEIGHT)
    expect(within(body).getAllByRole('row').length).toBeLessThanOrEqual(inView + 1)
    await waitFor(() => expect(within(body).getAllByRole('row').length).toBeGreaterThan(inView + 1))
    const rows = within(body).getAllByRole('row')
    expect(rows.length).toBeGreaterThanOrEqual(20)
    expect(rows.length).toBeLessThan(40)
    expect(rows[0].getAttribute('aria-rowindex')).toBe('2')
    expect(within(rows[0]).getByText('Product 0').getAttribute('title')).toBe('Product 0')
  })

  it("without a selection it has no checkboxes; sorting is the caller's, reported on header clicks", async () => {
    const seen: SortState<ProductSort>[] = []
    await renderKit(<Products selectable={false} onOpen={() => {}} onSortSeen={(s) => seen.push(s)} />)
    expect(within(grid()).queryAllByRole('checkbox')).toEqual([])
    expect(grid().getAttribute('aria-multiselectable')).toBeNull()
    expect(header('Name').getAttribute('aria-sort')).toBe('ascending')
    expect(header('SKU').getAttribute('aria-sort')).toBeNull()
    fireEvent.click(within(header('Name')).getByRole('button'))
    fireEvent.click(within(header('Price')).getByRole('button'))
    expect(seen).toEqual([
      { key: 'name', direction: 'desc' },
      { key: 'price', direction: 'asc' },
    ])
    expect(header('Price').getAttribute('aria-sort')).toBe('ascending')
    expect(header('Name').getAttribute('aria-sort')).toBe('none')
  })

  it('moves with the arrow keys, ticks with Space, opens with Enter', async () => {
    const onOpen = vi.fn()
    await renderKit(<Products selectable onOpen={onOpen} />)
    grid().focus()
    fireEvent.keyDown(grid(), { key: 'ArrowDown' })
    fireEvent.keyDown(grid(), { key: 'ArrowDown' })
    fireEvent.keyDown(grid(), { key: 'ArrowUp' })
    expect(activeRow()?.textContent).toContain('Product 1')
    fireEvent.keyDown(grid(), { key: ' ' })
    expect(screen.getByLabelText('selected').textContent).toBe('SKU-001')
    expect(activeRow()?.getAttribute('aria-selected')).toBe('true')
    fireEvent.keyDown(grid(), { key: 'Enter' })
    expect(onOpen).toHaveBeenCalledWith(PRODUCTS[1])
    fireEvent.keyDown(grid(), { key: 'a', ctrlKey: true })
    expect(screen.getByLabelText('selected').textContent).toBe('all')
    expect((screen.getByRole('checkbox', { name: 'Select all products' }) as HTMLInputElement).checked).toBe(true)
    fireEvent.keyDown(grid(), { key: 'Escape' })
    expect(screen.getByLabelText('selected').textContent).toBe('')
  })

  it("lets the user widen a column from its header edge, by keyboard or by dragging; the width is the caller's to keep", async () => {
    const cellWidth = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 120 } as DOMRect)
    try {
      await renderKit(<Products selectable={false} onOpen={() => {}} />)
      const edge = within(header('Name')).getByRole('separator', { name: 'Resize the Name column (← →)' })
      fireEvent.keyDown(edge, { key: 'ArrowRight' })
      expect(screen.getByLabelText('widths').textContent).toBe('{"name":136}')
      expect(grid().style.getPropertyValue('--data-grid-columns')).toBe('8em 136px 6em')
      cellWidth.mockReturnValue({ width: 136 } as DOMRect)
      fireEvent.pointerDown(edge, { clientX: 300, pointerId: 1 })
      fireEvent.pointerMove(edge, { clientX: 350, pointerId: 1 })
      fireEvent.pointerUp(edge, { clientX: 350, pointerId: 1 })
      fireEvent.pointerMove(edge, { clientX: 500, pointerId: 1 })
      expect(screen.getByLabelText('widths').textContent).toBe('{"name":186}')
      cellWidth.mockReturnValue({ width: 10 } as DOMRect)
      fireEvent.keyDown(edge, { key: 'ArrowLeft' })
      expect(screen.getByLabelText('widths').textContent).toBe(`{"name":${MIN_COLUMN_WIDTH}}`)
    } finally {
      cellWidth.mockRestore()
    }
  })

  it('opens a row with one click; Shift and Ctrl clicks select instead; the checkbox never opens', async () => {
    const onOpen = vi.fn()
    await renderKit(<Products selectable onOpen={onOpen} />)
    const row = (name: string): HTMLElement => within(grid()).getByText(name).closest('[role="row"]') as HTMLElement
    fireEvent.click(within(row('Product 3')).getByText('SKU-003'))
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(PRODUCTS[3])
    fireEvent.click(row('Product 4'), { ctrlKey: true })
    fireEvent.click(row('Product 6'), { shiftKey: true })
    fireEvent.click(within(row('Product 8')).getByRole('checkbox', { name: 'Select Product 8' }))
    expect(onOpen).toHaveBeenCalledOnce()
    expect(screen.getByLabelText('selected').textContent).toBe('SKU-004,SKU-005,SKU-006,SKU-008')
  })

  it('does not open a row when the click ends a text selection (copying a value)', async () => {
    const onOpen = vi.fn()
    await renderKit(<Products selectable={false} onOpen={onOpen} />)
    const cell = within(grid()).getByText('SKU-002')
    const range = document.createRange()
    range.selectNodeContents(cell)
    window.getSelection()?.addRange(range)
    fireEvent.click(cell)
    window.getSelection()?.removeAllRanges()
    expect(onOpen).not.toHaveBeenCalled()
  })

  it('starts a column marked firstSort: desc descending (biggest first), then flips', async () => {
    const seen: SortState<ProductSort>[] = []
    const columns = COLUMNS.map((c) => (c.id === 'price' ? { ...c, firstSort: 'desc' as const } : c))
    function Grid() {
      const [sort, setSort] = useState<SortState<ProductSort>>({ key: 'name', direction: 'asc' })
      return (
        <DataGrid
          labels={{ grid: 'Products' }}
          count={PRODUCTS.length}
          rowAt={(index) => PRODUCTS[index]}
          columns={columns}
          sort={sort}
          onSort={(next) => (setSort(next), seen.push(next))}
          getId={(p) => p.sku}
          onRangeChange={() => {}}
          onOpen={() => {}}
        />
      )
    }
    await renderKit(<Grid />)
    fireEvent.click(within(header('Price')).getByRole('button'))
    fireEvent.click(within(header('Price')).getByRole('button'))
    expect(seen).toEqual([
      { key: 'price', direction: 'desc' },
      { key: 'price', direction: 'asc' },
    ])
  })
})
