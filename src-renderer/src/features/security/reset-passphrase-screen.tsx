import { useTranslation } from 'react-i18next'
import { useState, type FormEvent } from 'react'
import { Button } from '../../components/button'
import { call, errorMessage } from '../../lib/ipc'
import { NewPassphraseFields } from '../../components/new-passphrase-fields'

/**
 * Right after the recovery key opened the file: the passphrase is forgotten, and Settings →
 * Security's Change passphrase would ask for it. A new one is set here without the old (the main
 * process allows it only in this session), or later by opening with the recovery key again.
 */
export function ResetPassphraseScreen({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('security')
  const [next, setNext] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (next === null || busy) return
    setBusy(true)
    call('security.resetPassphrase', { next })
      .then(onDone)
      .catch((failure: unknown) => {
        setError(errorMessage(failure))
        setBusy(false)
      })
  }
  return (
    <form className="stack" onSubmit={submit}>
      <h1>{t('reset.title')}</h1>
      <p className="field-hint">{t('reset.body')}</p>
      <NewPassphraseFields label={t('next')} onChange={setNext} />
      {error && (
        <p role="alert" className="security-screen__error">
          {error}
        </p>
      )}
      <div className="cluster security-screen__actions">
        <Button type="submit" variant="primary" disabled={busy || next === null}>
          {busy ? t('settings.working') : t('reset.save')}
        </Button>
        <Button variant="ghost" disabled={busy} onClick={onDone}>
          {t('reset.later')}
        </Button>
      </div>
    </form>
  )
}
