import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../components/button'
import { useFormat } from '../../lib/use-format'
import { useQuery } from '../../lib/use-query'
import { useRestore } from './use-restore'
import { useRowSummary } from './use-row-summary'

/**
 * On the damaged-file screen: the newest backup that passed its check, and Restore. The damaged
 * file is kept as a backup of its own (marked not checked), never deleted.
 */
export function NewestBackupOffer() {
  const { t } = useTranslation('backups')
  const format = useFormat()
  const summary = useRowSummary()
  const backups = useQuery('backups.list', {}, { entities: [] })
  const status = useQuery('backups.status', {}, { entities: [] })
  const [busy, setBusy] = useState(false)
  const restore = useRestore(() => undefined)
  const newest = backups.data?.find((backup) => backup.verified)
  if (!backups.data) return null
  if (!newest) return <p>{t('damaged.none', { folder: status.data?.folder ?? '' })}</p>
  const go = async (): Promise<void> => {
    setBusy(true)
    // The window starts over on the restored file: nothing read from the damaged one stays on screen.
    if (await restore(newest.name, newest.createdAt)) window.location.reload()
    else setBusy(false)
  }
  return (
    <div className="stack">
      <p>{t('damaged.offer', { when: format.dateTime(newest.createdAt), ...summary(newest.counts ?? {}) })}</p>
      <div className="cluster">
        <Button variant="primary" disabled={busy} onClick={() => void go()}>
          {busy ? t('restoring') : t('damaged.restore')}
        </Button>
      </div>
    </div>
  )
}
