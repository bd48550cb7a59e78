import type { ReactNode } from 'react'

export type SortDirection = 'asc' | 'desc'

export interface SortState<K extends string = string> {
  key: K
  direction: SortDirection
}

/** One column of the virtual grid. Labels arrive translated. */
export interface GridColumn<T, K extends string = string> {
  id: string
  header: string
  /** A CSS grid track, e.g. `minmax(160px, 2fr)` or `120px`. */
  width: string
  align?: 'start' | 'end'
  /** Numbers and money: right-aligned with tabular figures. */
  numeric?: boolean
  /** The sort key the server understands; absent when the column cannot be sorted. */
  sortKey?: K
  render(row: T): ReactNode
}

/** Next sort after a header click: a new column sorts ascending, the same one flips. */
export function nextSort<K extends string>(current: SortState<K> | null, key: K): SortState<K> {
  if (current?.key !== key) return { key, direction: 'asc' }
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
}

export function ariaSort(current: SortState | null, key: string | undefined): 'ascending' | 'descending' | 'none' {
  if (!key || current?.key !== key) return 'none'
  return current.direction === 'asc' ? 'ascending' : 'descending'
}
