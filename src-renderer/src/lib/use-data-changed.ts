import { useEffect, useLayoutEffect, useRef } from 'react'
import type { DataEntity } from '../../../src-shared/ipc'
import { onEvent } from './ipc'

/** Calls `listener` with the changed tables whenever a change names one of `entities`. */
function onDataChanged(entities: readonly DataEntity[], listener: () => void): () => void {
  const watched = new Set(entities)
  return onEvent('data.changed', ({ entities: changed }) => {
    if (changed.some((entity) => watched.has(entity))) listener()
  })
}

/**
 * Calls `refresh` when the main process reports a change to any of `entities` (another
 * window, an import, an undo). The latest `refresh` is used without re-subscribing.
 */
export function useDataChanged(entities: readonly DataEntity[], refresh: () => void): void {
  const latest = useRef(refresh)
  useLayoutEffect(() => {
    latest.current = refresh
  })
  const key = entities.join(',')
  useEffect(() => onDataChanged(key.split(',') as DataEntity[], () => latest.current()), [key])
}
