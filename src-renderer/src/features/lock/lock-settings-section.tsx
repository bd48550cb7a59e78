import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LockStatus } from '../../../../src-shared/ipc/channels/lock'
import { Button } from '../../components/button'
import { RecoveryKeyNotice } from '../../components/recovery-key-notice'
import { showToast } from '../../components/toast'
import { call, errorMessage } from '../../lib/ipc'
import { useQuery } from '../../lib/use-query'
import { lockShortcutLabel } from './lock-shortcut'
import { PassphraseFields } from './passphrase-fields'

/** Settings → App lock: on/off and the idle minutes, changed with the passphrase (or setting the first one). */
export function LockSection() {
  const { data: status } = useQuery('lock.status', {}, { entities: ['settings'] })
  return status ? <LockForm status={status} /> : null
}

function LockForm({ status }: { status: LockStatus }) {
  const { t } = useTranslation('lock')
  const id = useId()
  const [enabled, setEnabled] = useState(status.enabled)
  const [minutes, setMinutes] = useState(String(status.idleMinutes))
  const [secret, setSecret] = useState<{ passphrase?: string; newPassphrase?: string } | null>(null)
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  useEffect(() => setEnabled(status.enabled), [status.enabled])
  const setting = status.passphraseSet ? 'current' : enabled ? 'new' : 'none'
  // Like every settings form, Save waits for a change (it once saved "off" over "off").
  const changed = enabled !== status.enabled || Number(minutes) !== status.idleMinutes
  const save = (): void => {
    setBusy(true)
    call('lock.configure', { enabled, idleMinutes: Number(minutes), ...secret })
      .then((result) => {
        setRecoveryKey(result.recoveryKey ?? null)
        showToast({ tone: 'success', message: t('settings.saved') })
      })
      .catch((error: unknown) => showToast({ tone: 'error', message: errorMessage(error) }))
      .finally(() => setBusy(false))
  }
  return (
    <div className="stack lock-settings">
      <p className="field-hint">{t('settings.intro', { shortcut: lockShortcutLabel() })}</p>
      <p>{status.enabled ? t('settings.stateOn', { minutes: status.idleMinutes }) : t('settings.stateOff')}</p>
      <label className="cluster">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        {t('settings.enabled')}
      </label>
      <div className="field-inline">
        <label htmlFor={`${id}-minutes`}>{t('settings.idleMinutes')}</label>
        <input
          id={`${id}-minutes`}
          className="input tabular lock-settings__minutes"
          type="number"
          min={1}
          max={1440}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
      </div>
      <PassphraseFields kind={setting} onChange={setSecret} />
      {recoveryKey && <RecoveryKeyNotice recoveryKey={recoveryKey} onDone={() => setRecoveryKey(null)} />}
      <div className="cluster">
        <Button variant="primary" disabled={busy || !changed || (setting !== 'none' && secret === null)} onClick={save}>
          {busy ? t('settings.saving') : t('settings.save')}
        </Button>
        {status.enabled && (
          <Button onClick={() => void call('lock.lock', {}).catch(() => undefined)}>{t('settings.lockNow')}</Button>
        )}
      </div>
    </div>
  )
}
