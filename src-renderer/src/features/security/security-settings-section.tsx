import { useTranslation } from 'react-i18next'
import { useCallback, useEffect, useId, useState } from 'react'
import type { SecurityStatus } from '../../../../src-shared/ipc/channels/security'
import { Button } from '../../components/button'
import { showToast } from '../../components/toast'
import { call, errorMessage } from '../../lib/ipc'
import { ConversionProgress } from './conversion-progress'
import { outcomeShown, useConversionStore } from './conversion-store'
import { actionLabel, SecurityAction, type ActionKind } from './security-action'
import { RecoveryKeyNotice } from '../../components/recovery-key-notice'
import './security.css'

/**
 * Settings → Security: encrypted or not, whether the keychain opens it, and the owner's four
 * changes. While encryption is being turned on or off, its progress with Cancel (./conversion-store.ts
 * keeps it, so leaving Settings and coming back shows it again).
 */
export function SecuritySection() {
  const { t } = useTranslation('security')
  const [status, setStatus] = useState<SecurityStatus | null>(null)
  const [action, setAction] = useState<ActionKind | null>(null)
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null)
  // Said in the section, not as a failure: a cancelled conversion left the file as it was.
  const [notice, setNotice] = useState<string | null>(null)
  const { jobId, progress, outcome } = useConversionStore()
  const refresh = useCallback(() => {
    call('security.status', {})
      .then(setStatus)
      .catch((error: unknown) => showToast({ tone: 'error', message: errorMessage(error) }))
  }, [])
  // Not while a switch runs (the file is closed, the status refused): once it has ended.
  useEffect(() => (jobId ? undefined : refresh()), [jobId, refresh])
  const done = useCallback(
    (next: SecurityStatus, key: string | null) => {
      setStatus(next)
      setAction(null)
      setRecoveryKey(key)
      showToast({ tone: 'success', message: t('settings.done') })
    },
    [t],
  )
  useEffect(() => {
    if (!outcome) return
    outcomeShown()
    if (outcome.kind === 'done') return done(outcome.change.status, outcome.change.recoveryKey)
    setAction(null)
    setNotice(outcome.message)
  }, [outcome, done])
  const id = useId()
  if (recoveryKey) return <RecoveryKeyNotice recoveryKey={recoveryKey} onDone={() => setRecoveryKey(null)} />
  if (!status && !progress) return null
  return (
    <div className="stack security-settings" aria-describedby={id}>
      {status && (
        <p id={id}>
          {status.encrypted ? t('settings.encrypted') : t('settings.plain')}{' '}
          {status.encrypted && (status.inKeychain ? t('settings.inKeychain') : t('settings.noKeychain'))}
        </p>
      )}
      {notice && !action && !progress && (
        <p role="status" className="security-settings__notice">
          {notice}
        </p>
      )}
      {progress ? (
        <ConversionProgress progress={progress} />
      ) : status && action ? (
        <SecurityAction kind={action} status={status} onDone={done} onCancel={() => setAction(null)} />
      ) : (
        status && (
          <div className="cluster security-screen__actions">
            {offers(status).map((kind) => (
              <Button
                key={kind}
                onClick={() => {
                  setNotice(null)
                  setAction(kind)
                }}
              >
                {actionLabel(t, kind)}
              </Button>
            ))}
          </div>
        )
      )}
    </div>
  )
}

const offers = (status: SecurityStatus): ActionKind[] => [
  status.encrypted ? 'off' : 'on',
  ...(status.passphraseSet ? (['change', 'recovery'] as const) : []),
]
