import { useTranslation } from 'react-i18next'
import type { BackupStatus } from '../../../../src-shared/ipc/channels/backups'
import { Button } from '../../components/button'
import { call } from '../../lib/ipc'
import { useActionRunner } from '../../lib/use-action-runner'

const HOURS = [1, 2, 4, 8, 12, 24] as const

/** Where backups go (a USB stick, a synced folder) and how often automatic ones are made. */
export function BackupFolder({ status, onChanged }: { status: BackupStatus; onChanged(): void }) {
  const { t } = useTranslation('backups')
  const run = useActionRunner()
  const change = (action: () => Promise<unknown>) => void run(action).then(onChanged)
  const isDefault = status.folder === status.defaultFolder
  const hours = HOURS.includes(status.everyHours as (typeof HOURS)[number]) ? HOURS : [...HOURS, status.everyHours]
  return (
    <dl className="about-list">
      <dt>{t('folder')}</dt>
      <dd className="stack backups__folder">
        <code className="path">{status.folder}</code>
        {isDefault && <span className="muted">{t('folderDefault')}</span>}
        {status.folderMissing && (
          <span className="backups__failure" role="alert">
            {t('folderMissing')}
          </span>
        )}
        <span className="cluster">
          <Button size="sm" onClick={() => change(() => call('backups.chooseFolder', {}))}>
            {t('changeFolder')}
          </Button>
          {!isDefault && (
            <Button size="sm" variant="ghost" onClick={() => change(() => call('backups.setSettings', { resetFolder: true }))}>
              {t('resetFolder')}
            </Button>
          )}
        </span>
      </dd>
      <dt>
        <label htmlFor="backups-every">{t('everyHours')}</label>
      </dt>
      <dd>
        <select
          id="backups-every"
          className="input"
          value={status.everyHours}
          onChange={(event) => change(() => call('backups.setSettings', { everyHours: Number(event.target.value) }))}
        >
          {hours.map((h) => (
            <option key={h} value={h}>
              {t('hoursUnit', { count: h })}
            </option>
          ))}
        </select>
      </dd>
    </dl>
  )
}
