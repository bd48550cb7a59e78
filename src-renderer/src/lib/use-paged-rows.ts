import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react'
import type { DataEntity } from '../../../src-shared/ipc'
import { PagedRows, type RowWindow } from './paged-rows'
import { useDataChanged } from './use-data-changed'

export interface PagedRowsOptions {
  /** Tables whose changes refresh every cached page. */
  entities: readonly DataEntity[]
  /** Rows per request: a few screens, small enough to answer within a frame. */
  pageSize: number
}

export interface PagedRowsStart<T, Q> {
  /** Called when the cache for a query is made: its first page if it was answered already. */
  takeFirstPage?: (query: Q) => RowWindow<T> | undefined
}

/**
 * A long server-side list for a virtualized grid: a fresh page cache whenever `query` changes
 * (compared by value), pages loaded for the range the grid reports, and every cached page
 * refreshed when `data.changed` names one of `entities`. `fetchWindow` must be stable
 * (a module-level function), since the cache is keyed by the query alone.
 */
export function usePagedRows<T, Q>(
  query: Q,
  fetchWindow: (query: Q, offset: number, limit: number) => Promise<RowWindow<T>>,
  { entities, pageSize, takeFirstPage }: PagedRowsOptions & PagedRowsStart<T, Q>,
) {
  const key = JSON.stringify(query)
  const rows = useMemo(
    () =>
      new PagedRows<T>((offset, limit) => fetchWindow(JSON.parse(key) as Q, offset, limit), {
        pageSize,
        firstPage: takeFirstPage?.(JSON.parse(key) as Q),
      }),
    [key, fetchWindow, pageSize, takeFirstPage],
  )
  const snapshot = useSyncExternalStore(rows.subscribe, rows.getSnapshot)
  useEffect(() => {
    void rows.ensure(0, 0)
  }, [rows])
  useDataChanged(entities, () => void rows.invalidate())
  const ensure = useCallback((start: number, end: number) => void rows.ensure(start, end), [rows])
  return { rows, snapshot, ensure }
}
