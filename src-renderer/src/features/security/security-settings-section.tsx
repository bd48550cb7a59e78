import { useCallback, useEffect, useId, useState } from 'react'
import type { SecurityStatus } from '../../../../src-shared/ipc/channels/security'
import { Button } from '../../components/button'
import { showToast } from '../../components/toast'
import { call, errorMessage } from '../../lib/ipc'
import { actionLabel, SecurityAction, type ActionKind } from './security-action'
import { RecoveryKeyNotice } from './recovery-key-notice'
import './security.css'
import { useSecurityStrings } from './use-security-strings'

/** Settings → Security: encrypted or not, whether the keychain opens it, and the owner's four changes. */
export function SecuritySection() {
  const s = useSecurityStrings()
  const [status, setStatus] = useState<SecurityStatus | null>(null)
  const [action, setAction] = useState<ActionKind | null>(null)
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null)
  // Said in the section, not as a failure: a cancelled conversion left the file as it was.
  const [notice, setNotice] = useState<string | null>(null)
  const refresh = useCallback(() => {
    call('security.status', {})
      .then(setStatus)
      .catch((error: unknown) => showToast({ tone: 'error', message: errorMessage(error) }))
  }, [])
  useEffect(refresh, [refresh])
  const done = useCallback(
    (next: SecurityStatus, key: string | null) => {
      setStatus(next)
      setAction(null)
      setRecoveryKey(key)
      showToast({ tone: 'success', message: s.settings.done })
    },
    [s],
  )
  const id = useId()
  if (!status) return null
  if (recoveryKey) return <RecoveryKeyNotice recoveryKey={recoveryKey} onDone={() => setRecoveryKey(null)} />
  const offer: ActionKind[] = [
    status.encrypted ? 'off' : 'on',
    ...(status.passphraseSet ? (['change', 'recovery'] as const) : []),
  ]
  return (
    <div className="stack security-settings" aria-describedby={id}>
      <p id={id}>
        {status.encrypted ? s.settings.encrypted : s.settings.plain}{' '}
        {status.encrypted && (status.inKeychain ? s.settings.inKeychain : s.settings.noKeychain)}
      </p>
      {notice && !action && (
        <p role="status" className="security-settings__notice">
          {notice}
        </p>
      )}
      {action ? (
        <SecurityAction
          kind={action}
          status={status}
          onDone={done}
          onCancel={() => setAction(null)}
          onConversionCancelled={(message) => {
            setAction(null)
            setNotice(message)
            refresh()
          }}
        />
      ) : (
        <div className="cluster security-screen__actions">
          {offer.map((kind) => (
            <Button
              key={kind}
              onClick={() => {
                setNotice(null)
                setAction(kind)
              }}
            >
              {actionLabel(s, kind)}
            </Button>
          ))}
        </div>
      )}
    </div>
  )
}
