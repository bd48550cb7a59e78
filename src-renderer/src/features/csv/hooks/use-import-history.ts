import { useCallback, useEffect, useState } from 'react'
import type { ImportHistoryEntry } from '../../../../../src-shared/ipc/channels/csv-import'
import { call, onEvent } from '../../../lib/ipc'

/** The latest imports, read again whenever an import or an undo changes them. */
export function useImportHistory(limit: number): { entries: ImportHistoryEntry[] | undefined; reload(): void } {
  const [entries, setEntries] = useState<ImportHistoryEntry[]>()
  const reload = useCallback(() => {
    call('csv.history', { limit }).then(setEntries, () => setEntries([]))
  }, [limit])
  useEffect(() => {
    reload()
    return onEvent('data.changed', ({ entities }) => {
      if (entities.includes('imports')) reload()
    })
  }, [reload])
  return { entries, reload }
}
