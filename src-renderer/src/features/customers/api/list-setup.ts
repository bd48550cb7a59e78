import { useEffect } from 'react'
import { call } from '../../../lib/ipc'
import { refusedUntilOpen } from '../../../lib/start-question'
import { toPrefs, toQuery, useCustomerListStore, type CustomerListStore } from '../stores/list'
import type { StartPage } from '../../../../../src-shared/ipc/channels/views'
import { LIST_PAGE_SIZE, prefetchFirstPage, seedFirstPage } from './use-customer-rows'

let loading: Promise<void> | null = null

/**
 * Applies the remembered layout and the default view, once per window: the table waits for
 * it. The first rows come with the layout (one round trip at start); should they answer
 * another query than the list's, it asks for its own at once, not after it has rendered.
 * Without an answer the list still opens, with the built-in layout.
 */
export function loadListSetup(): Promise<void> {
  if (useCustomerListStore.getState().ready) return Promise.resolve()
  loading ??= call('views.load', { list: 'customers', firstPage: LIST_PAGE_SIZE })
    .then(
      ({ views, prefs, firstPage }) => restoreAndPrefetch([prefs, views.find((v) => v.isDefault) ?? null], firstPage),
      // Refused because the file is not open yet: the list asks again when it mounts.
      (error: unknown) => (refusedUntilOpen(error) ? undefined : restoreAndPrefetch([null, null])),
    )
    .finally(() => (loading = null))
  return loading
}

/** In one step, so the first page is there (or on its way) before the list that shows it renders. */
function restoreAndPrefetch(layout: Parameters<CustomerListStore['restore']>, answered?: StartPage): void {
  useCustomerListStore.getState().restore(...layout)
  const state = useCustomerListStore.getState()
  const query = toQuery(state, state.search)
  if (answered && JSON.stringify(answered.query) === JSON.stringify(query)) seedFirstPage(query, answered)
  else prefetchFirstPage(query)
}

/** How long the layout may keep changing (a column being dragged) before it is written. */
const SAVE_DELAY_MS = 400

/**
 * Remembers the layout (sort, columns, widths) in the data file as the user changes it, a
 * moment after the last change and at once when the list closes. A preference: a failed write
 * only means the next start shows the previous layout, so it is not reported.
 */
export function usePersistListPrefs(): void {
  useEffect(() => {
    const json = (): string => JSON.stringify(toPrefs(useCustomerListStore.getState()))
    let saved = json()
    let timer: ReturnType<typeof setTimeout> | undefined
    const save = (): void => {
      clearTimeout(timer)
      timer = undefined
      const now = json()
      if (now === saved || !useCustomerListStore.getState().ready) return
      saved = now
      call('views.savePrefs', { list: 'customers', prefs: toPrefs(useCustomerListStore.getState()) }).catch(() => undefined)
    }
    const stop = useCustomerListStore.subscribe((state, previous) => {
      // What the start applied is already what the file holds.
      if (state.ready && !previous.ready) saved = json()
      else if (state.ready && json() !== saved) {
        clearTimeout(timer)
        timer = setTimeout(save, SAVE_DELAY_MS)
      }
    })
    return () => {
      stop()
      if (timer !== undefined) save()
    }
  }, [])
}
