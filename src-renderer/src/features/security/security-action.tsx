import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { useState, type FormEvent } from 'react'
import type { SecurityStatus } from '../../../../src-shared/ipc/channels/security'
import { Button } from '../../components/button'
import { call, errorMessage } from '../../lib/ipc'
import { startConversion } from './conversion-store'
import { NewPassphraseFields } from '../../components/new-passphrase-fields'
import { PassphraseInput } from '../../components/passphrase-input'

export type ActionKind = 'on' | 'off' | 'change' | 'recovery'

/**
 * One change in Settings → Security, proved with the current passphrase — or, turning encryption
 * on with no passphrase yet, a new one typed twice. A wrong passphrase is said here and changes
 * nothing. Turning encryption on or off ends in ./conversion-store.ts, which the section shows.
 */
export function SecurityAction({
  kind,
  status,
  onDone,
  onCancel,
}: {
  kind: ActionKind
  status: SecurityStatus
  onDone(status: SecurityStatus, recoveryKey: string | null): void
  onCancel(): void
}) {
  const { t } = useTranslation('security')
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const asksCurrent = status.passphraseSet
  const asksNew = kind === 'change' || !status.passphraseSet
  const ready = (!asksCurrent || current !== '') && (!asksNew || next !== null)
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (!ready || busy) return
    setBusy(true)
    const passphrase = asksCurrent ? current : (next ?? '')
    const changed =
      kind === 'on' || kind === 'off'
        ? startConversion(kind === 'on', passphrase)
        : change(kind, passphrase, next ?? '').then(({ status: after, recoveryKey }) => onDone(after, recoveryKey))
    changed.catch((failure: unknown) => setError(errorMessage(failure))).finally(() => setBusy(false))
  }
  return (
    <form className="stack" onSubmit={submit}>
      {kind === 'recovery' && <p className="field-hint">{t('settings.newRecoveryKeyHint')}</p>}
      {asksCurrent && (
        <>
          <PassphraseInput label={t('current')} autoComplete="current-password" autoFocus value={current} onChange={setCurrent} />
        </>
      )}
      {asksNew && <NewPassphraseFields label={kind === 'change' ? t('next') : t('passphrase')} onChange={setNext} />}
      {error && (
        <p role="alert" className="security-screen__error">
          {error}
        </p>
      )}
      <div className="cluster security-screen__actions">
        <Button type="submit" variant="primary" disabled={busy || !ready}>
          {busy ? t('settings.working') : actionLabel(t, kind)}
        </Button>
        <Button variant="ghost" disabled={busy} onClick={onCancel}>
          {t('settings.cancel')}
        </Button>
      </div>
    </form>
  )
}

/** Each change's name: its button in the section and its submit button. */
export const actionLabel = (t: TFunction<'security'>, kind: ActionKind): string =>
  t(`settings.${({ on: 'turnOn', off: 'turnOff', change: 'changePassphrase', recovery: 'newRecoveryKey' } as const)[kind]}`)

async function change(
  kind: 'change' | 'recovery',
  passphrase: string,
  next: string,
): Promise<{ status: SecurityStatus; recoveryKey: string | null }> {
  if (kind === 'change')
    return { status: await call('security.changePassphrase', { current: passphrase, next }), recoveryKey: null }
  return call('security.newRecoveryKey', { passphrase })
}
