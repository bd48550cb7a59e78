import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'

const MIN_LENGTH = 8

/**
 * The passphrase a change to the lock needs: the current one, or (turning the lock on with none
 * yet) a new one typed twice. Hands up what to send, or null while it is not ready.
 */
export function PassphraseFields({
  kind,
  onChange,
}: {
  kind: 'current' | 'new' | 'none'
  onChange(secret: { passphrase?: string; newPassphrase?: string } | null): void
}) {
  const { t } = useTranslation('lock')
  const id = useId()
  const [first, setFirst] = useState('')
  const [second, setSecond] = useState('')
  const problem =
    kind !== 'new' || !first
      ? null
      : [...first].length < MIN_LENGTH
        ? t('settings.tooShort')
        : first !== second
          ? t('settings.mismatch')
          : null
  useEffect(() => {
    if (kind === 'none') onChange({})
    else if (kind === 'current') onChange(first ? { passphrase: first } : null)
    else onChange(first && !problem ? { newPassphrase: first } : null)
  }, [kind, first, problem, onChange])
  if (kind === 'none') return null
  return (
    <>
      <label htmlFor={`${id}-first`}>{t(kind === 'current' ? 'settings.passphrase' : 'settings.newPassphrase')}</label>
      <input
        id={`${id}-first`}
        className="input input--wide"
        type="password"
        autoComplete={kind === 'current' ? 'current-password' : 'new-password'}
        value={first}
        onChange={(e) => setFirst(e.target.value)}
      />
      <p className="field-hint">{t(kind === 'current' ? 'settings.passphraseHint' : 'settings.newPassphraseHint')}</p>
      {kind === 'new' && (
        <>
          <label htmlFor={`${id}-second`}>{t('settings.repeatPassphrase')}</label>
          <input
            id={`${id}-second`}
            className="input input--wide"
            type="password"
            autoComplete="new-password"
            value={second}
            onChange={(e) => setSecond(e.target.value)}
          />
          {problem && <p className="lock-screen__error">{problem}</p>}
        </>
      )}
    </>
  )
}
