import type { DataEntity } from '../../../../../src-shared/ipc'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { onEvent } from '../../../lib/ipc'

/** Tables whose changes can alter what the customers pages show. */
export const CUSTOMER_ENTITIES: DataEntity[] = ['customers', 'customer_tags', 'tags', 'orders', 'activities', 'deals', 'tickets']

/**
 * Calls `refresh` when the main process reports a change to any of `entities` (another
 * window, an import, an undo). The latest `refresh` is used without re-subscribing.
 */
export function useDataChanged(refresh: () => void, entities: readonly DataEntity[] = CUSTOMER_ENTITIES): void {
  const latest = useRef(refresh)
  useLayoutEffect(() => {
    latest.current = refresh
  })
  const key = entities.join(',')
  useEffect(() => {
    const watched = new Set(key.split(','))
    return onEvent('data.changed', ({ entities: changed }) => {
      if (changed.some((entity) => watched.has(entity))) latest.current()
    })
  }, [key])
}
