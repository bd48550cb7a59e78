import { useTranslation } from 'react-i18next'
import { useState, type FormEvent } from 'react'
import { Button } from '../../components/button'
import { call, errorMessage } from '../../lib/ipc'
import { ResetPassphraseScreen } from './reset-passphrase-screen'

/**
 * The file is encrypted and the keychain did not open it: the passphrase, or the recovery key
 * instead. A wrong one is said in words and nothing else happens — no delete, no "repair". The
 * recovery key leads on to a new passphrase (the old one is likely forgotten).
 */
export function UnlockScreen({ onOpen }: { onOpen(): void }) {
  const { t } = useTranslation('security')
  const [byRecovery, setByRecovery] = useState(false)
  const [secret, setSecret] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [recovered, setRecovered] = useState(false)
  if (recovered) return <ResetPassphraseScreen onDone={onOpen} />
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (!secret || busy) return
    setBusy(true)
    call('security.unlock', byRecovery ? { recoveryKey: secret } : { passphrase: secret })
      .then((status) => (status.recovered ? setRecovered(true) : status.phase === 'open' && onOpen()))
      .catch((failure: unknown) => setError(errorMessage(failure)))
      .finally(() => setBusy(false))
  }
  const switchWay = (): void => {
    setByRecovery(!byRecovery)
    setSecret('')
    setError(null)
  }
  return (
    <form className="stack" onSubmit={submit}>
      <h1>{t('unlock.title')}</h1>
      <p className="field-hint">{byRecovery ? t('unlock.recoveryBody') : t('unlock.body')}</p>
      <label htmlFor="security-secret">{byRecovery ? t('unlock.recoveryKey') : t('passphrase')}</label>
      <input
        key={String(byRecovery)}
        id="security-secret"
        className={byRecovery ? 'input input--wide mono' : 'input input--wide'}
        type={byRecovery ? 'text' : 'password'}
        autoComplete={byRecovery ? 'off' : 'current-password'}
        spellCheck={false}
        autoFocus
        value={secret}
        aria-invalid={error !== null}
        aria-describedby={error ? 'security-error' : undefined}
        onChange={(e) => setSecret(e.target.value)}
      />
      {error && (
        <p id="security-error" role="alert" className="security-screen__error">
          {error}
        </p>
      )}
      <div className="cluster security-screen__actions">
        <Button type="submit" variant="primary" disabled={busy || !secret}>
          {busy ? t('unlock.checking') : t('unlock.unlock')}
        </Button>
        <Button variant="ghost" onClick={switchWay}>
          {byRecovery ? t('unlock.usePassphrase') : t('unlock.useRecovery')}
        </Button>
      </div>
    </form>
  )
}
