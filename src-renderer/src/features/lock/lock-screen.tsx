import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../components/button'
import { setLocale } from '../../lib/i18n'
import { call, errorMessage } from '../../lib/ipc'
import { applyTheme, systemPrefersDark } from '../../lib/theme'
import { resolveTheme } from '../../stores/settings'
import './lock.css'

/** The whole window while locked: the app's name and the passphrase field, nothing of the shop. */
export function LockScreen({ onUnlocked }: { onUnlocked(): void }) {
  const { t } = useTranslation('lock')
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Locked at start, the shell has not read the settings yet: the owner's language and theme still apply.
  useEffect(() => {
    call('settings.get', {})
      .then((settings) => {
        setLocale(settings.locale)
        applyTheme(resolveTheme(settings.theme, systemPrefersDark()))
      })
      .catch(() => undefined) // the computer's language and light theme are a fine fallback here
  }, [])
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (!passphrase || busy) return
    setBusy(true)
    call('lock.unlock', { passphrase })
      .then((status) => {
        setPassphrase('')
        if (!status.locked) onUnlocked()
      })
      .catch((failure: unknown) => setError(errorMessage(failure)))
      .finally(() => setBusy(false))
  }
  return (
    <main className="lock-screen" aria-labelledby="lock-title">
      <form className="lock-screen__panel" onSubmit={submit}>
        <h1 id="lock-title">{t('screen.title')}</h1>
        <p className="field-hint">{t('screen.body')}</p>
        <label htmlFor="lock-passphrase" className="form-field__label">
          {t('screen.passphrase')}
        </label>
        <input
          id="lock-passphrase"
          className="input input--wide"
          type="password"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          aria-invalid={error !== null}
          aria-describedby={error ? 'lock-error' : undefined}
          onChange={(e) => setPassphrase(e.target.value)}
        />
        {error && (
          <p id="lock-error" role="alert" className="lock-screen__error">
            {error}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={busy || !passphrase}>
          {busy ? t('screen.checking') : t('screen.unlock')}
        </Button>
      </form>
    </main>
  )
}
