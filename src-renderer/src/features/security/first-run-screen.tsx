import { useTranslation } from 'react-i18next'
import { useState, type FormEvent } from 'react'
import { Button } from '../../components/button'
import { call, errorMessage } from '../../lib/ipc'
import { NewPassphraseFields } from '../../components/new-passphrase-fields'
import { RecoveryKeyNotice } from '../../components/recovery-key-notice'

/**
 * No data file yet: encrypt it (the suggested choice, with a passphrase typed twice) or leave it
 * plain. Encrypting shows the recovery key once before the app opens.
 */
export function FirstRunScreen({ onOpen }: { onOpen(): void }) {
  const { t } = useTranslation('security')
  const [encrypt, setEncrypt] = useState(true)
  const [passphrase, setPassphrase] = useState<string | null>(null)
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (recoveryKey) return <RecoveryKeyNotice recoveryKey={recoveryKey} onDone={onOpen} />
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    setBusy(true)
    call('security.setup', encrypt ? { encrypt, passphrase: passphrase ?? '' } : { encrypt })
      .then((change) => (change.recoveryKey ? setRecoveryKey(change.recoveryKey) : onOpen()))
      .catch((failure: unknown) => setError(errorMessage(failure)))
      .finally(() => setBusy(false))
  }
  return (
    <form className="stack" onSubmit={submit}>
      <h1>{t('setup.title')}</h1>
      <p className="field-hint">{t('setup.body')}</p>
      <label className="cluster">
        <input type="radio" name="encrypt" checked={encrypt} onChange={() => setEncrypt(true)} />
        {t('setup.encrypt')}
      </label>
      <label className="cluster">
        <input type="radio" name="encrypt" checked={!encrypt} onChange={() => setEncrypt(false)} />
        {t('setup.plain')}
      </label>
      {encrypt && <NewPassphraseFields label={t('passphrase')} onChange={setPassphrase} />}
      {error && (
        <p role="alert" className="security-screen__error">
          {error}
        </p>
      )}
      <Button type="submit" variant="primary" disabled={busy || (encrypt && passphrase === null)}>
        {busy ? t('unlock.checking') : t('setup.start')}
      </Button>
    </form>
  )
}
