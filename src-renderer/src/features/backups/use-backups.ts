import { useCallback, useState } from 'react'
import type { BackupEntry } from '../../../../src-shared/ipc/channels/backups'
import { useQuery } from '../../lib/use-query'

/** Every table a restore may change: the backups list and status refetch after any change. */
const WATCHED = ['customers', 'orders', 'settings', 'imports'] as const

/** The backups list and the folder status, with a `reload` for after a backup or folder change. */
export function useBackups() {
  const list = useQuery('backups.list', {}, { entities: WATCHED })
  const status = useQuery('backups.status', {}, { entities: WATCHED })
  const [version, setVersion] = useState(0)
  const reload = useCallback(() => {
    list.reload()
    status.reload()
    setVersion((v) => v + 1)
  }, [list, status])
  return { backups: list.data as BackupEntry[] | undefined, status: status.data, reload, version }
}
