import type { ReactNode } from 'react'

export type SortDirection = 'asc' | 'desc'

export interface SortState<K extends string = string> {
  key: K
  direction: SortDirection
}

/** One column of the data grid. Labels arrive translated. */
export interface GridColumn<T, K extends string = string> {
  id: string
  header: string
  /**
   * The default CSS grid track, sized in em so it follows the font: `minmax(10em, 2fr)`,
   * `8em`. A width the user dragged (the grid's `widths`) replaces it.
   */
  width: string
  /** Numbers, money and dates: right-aligned with tabular figures. */
  numeric?: boolean
  /** The sort key the server understands; absent when the column cannot be sorted. */
  sortKey?: K
  /**
   * The direction of the first click on the header: `desc` for money, counts and dates, so the
   * biggest customers and the latest dates come first. Ascending when absent.
   */
  firstSort?: SortDirection
  render(row: T): ReactNode
  /** The whole value as a tooltip, for cells that may be cut (addresses, long names). */
  title?(row: T): string | undefined
}

/** Column widths the user dragged, in CSS pixels, by column id (kept by the caller). */
export type ColumnWidths = Readonly<Partial<Record<string, number>>>

/** Next sort after a header click: a new column sorts in its first direction, the same one flips. */
export function nextSort<K extends string>(current: SortState<K> | null, key: K, first: SortDirection = 'asc'): SortState<K> {
  if (current?.key !== key) return { key, direction: first }
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
}

export function ariaSort(current: SortState | null, key: string | undefined): 'ascending' | 'descending' | 'none' {
  if (!key || current?.key !== key) return 'none'
  return current.direction === 'asc' ? 'ascending' : 'descending'
}

/** The grid template: the checkbox track (when selectable), then each column's track. */
export function gridTemplate(columns: readonly GridColumn<never, string>[], widths: ColumnWidths, selectable: boolean): string {
  const tracks = columns.map((column) => {
    const dragged = widths[column.id]
    return dragged === undefined ? column.width : `${dragged}px`
  })
  return [...(selectable ? ['var(--data-grid-check-width)'] : []), ...tracks].join(' ')
}
