import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MIN_PASSPHRASE_LENGTH } from '../../../src-shared/ipc/channels/security'
import { passphraseStrength } from '../lib/passphrase-strength'

/**
 * A new passphrase typed twice, with a strength hint; hands up the passphrase once both agree,
 * else null (the main process refuses one shorter than MIN_PASSPHRASE_LENGTH all the same).
 */
export function NewPassphraseFields({ label, onChange }: { label: string; onChange(passphrase: string | null): void }) {
  const { t } = useTranslation()
  const id = useId()
  const [first, setFirst] = useState('')
  const [second, setSecond] = useState('')
  const short = [...first].length < MIN_PASSPHRASE_LENGTH
  const problem = !first
    ? null
    : short
      ? t('passphraseFields.tooShort', { min: MIN_PASSPHRASE_LENGTH })
      : second && first !== second
        ? t('passphraseFields.mismatch')
        : null
  const ready = !short && first === second
  useEffect(() => onChange(ready ? first : null), [ready, first, onChange])
  return (
    <>
      <label htmlFor={`${id}-first`}>{label}</label>
      <input
        id={`${id}-first`}
        className="input input--wide"
        type="password"
        autoComplete="new-password"
        value={first}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setFirst(e.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint" aria-live="polite">
        {problem ??
          (first
            ? t(`passphraseFields.strength.${passphraseStrength(first)}`)
            : t('passphraseFields.tooShort', { min: MIN_PASSPHRASE_LENGTH }))}
      </p>
      <label htmlFor={`${id}-second`}>{t('passphraseFields.repeat')}</label>
      <input
        id={`${id}-second`}
        className="input input--wide"
        type="password"
        autoComplete="new-password"
        value={second}
        onChange={(e) => setSecond(e.target.value)}
      />
    </>
  )
}
