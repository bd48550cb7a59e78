import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../components/button'
import { showToast } from '../../components/toast'
import { call } from '../../lib/ipc'
import { useActionRunner } from '../../lib/use-action-runner'
import { useFormat } from '../../lib/use-format'
import type { BackupEntry } from '../../../../src-shared/ipc/channels/backups'
import { BackupFolder } from './backup-folder'
import { BackupList } from './backup-list'
import { RestoreDialog } from './restore-dialog'
import { useBackups } from './use-backups'

/** Settings → Backups: Back up now, where and how often, every backup with its rows, and Restore. */
export function BackupsSection() {
  const { t } = useTranslation('backups')
  const format = useFormat()
  const run = useActionRunner()
  const { backups, status, reload } = useBackups()
  const [busy, setBusy] = useState(false)
  const [chosen, setChosen] = useState<BackupEntry | null>(null)
  const backUpNow = async (): Promise<void> => {
    setBusy(true)
    const made = await run(() => call('backups.create', {}))
    setBusy(false)
    reload()
    if (made) showToast({ tone: 'success', message: t('backedUp', { name: made.name }) })
  }
  return (
    <div className="stack backups">
      <p className="field-hint">{t('intro')}</p>
      {status && <BackupFolder status={status} onChanged={reload} />}
      {status?.lastFailure && (
        <p className="backups__failure" role="alert">
          {t('lastFailure', { when: format.dateTime(status.lastFailure.at), message: status.lastFailure.message })}
        </p>
      )}
      <div className="cluster">
        <Button variant="primary" disabled={busy} onClick={() => void backUpNow()}>
          {busy ? t('backingUp') : t('backUpNow')}
        </Button>
        {/* With no backup at all the list below says so; once here, say it once. */}
        {(Boolean(status?.lastBackupAt) || Boolean(backups?.length)) && (
          <span className="muted">
            {status?.lastBackupAt ? t('lastBackup', { when: format.relative(status.lastBackupAt) }) : t('noBackupYet')}
          </span>
        )}
      </div>
      {backups && <BackupList backups={backups} onReview={setChosen} />}
      {chosen && <RestoreDialog backup={chosen} onClose={() => setChosen(null)} onRestored={reload} />}
    </div>
  )
}
