import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { NewPassphraseFields } from '../../components/new-passphrase-fields'
import { PassphraseInput } from '../../components/passphrase-input'

type Secret = { passphrase?: string; newPassphrase?: string }

/**
 * The passphrase a change to the lock needs: the current one, or (turning the lock on with none
 * yet) a new one typed twice. Hands up what to send, or null while it is not ready.
 */
export function PassphraseFields({
  kind,
  onChange,
}: {
  kind: 'current' | 'new' | 'none'
  onChange(secret: Secret | null): void
}) {
  const { t } = useTranslation('lock')
  const handUpNew = useCallback((next: string | null) => onChange(next === null ? null : { newPassphrase: next }), [onChange])
  useEffect(() => {
    if (kind === 'none') onChange({})
  }, [kind, onChange])
  if (kind === 'none') return null
  if (kind === 'current') return <CurrentPassphrase onChange={onChange} />
  return (
    <>
      <NewPassphraseFields label={t('settings.newPassphrase')} onChange={handUpNew} />
      <p className="field-hint">{t('settings.newPassphraseHint')}</p>
    </>
  )
}

function CurrentPassphrase({ onChange }: { onChange(secret: Secret | null): void }) {
  const { t } = useTranslation('lock')
  const [passphrase, setPassphrase] = useState('')
  useEffect(() => onChange(passphrase ? { passphrase } : null), [passphrase, onChange])
  return (
    <>
      <PassphraseInput
        label={t('settings.passphrase')}
        autoComplete="current-password"
        value={passphrase}
        onChange={setPassphrase}
      />
      <p className="field-hint">{t('settings.passphraseHint')}</p>
    </>
  )
}
