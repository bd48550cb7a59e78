import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MIN_PASSPHRASE_LENGTH } from '../../../src-shared/ipc/channels/security'
import { passphraseStrength } from '../lib/passphrase-strength'
import { PassphraseInput } from './passphrase-input'

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
      <PassphraseInput
        label={label}
        autoComplete="new-password"
        value={first}
        aria-describedby={`${id}-hint`}
        onChange={setFirst}
      />
      <p id={`${id}-hint`} className="field-hint" aria-live="polite">
        {problem ??
          (first
            ? t(`passphraseFields.strength.${passphraseStrength(first)}`)
            : t('passphraseFields.tooShort', { min: MIN_PASSPHRASE_LENGTH }))}
      </p>
      <PassphraseInput label={t('passphraseFields.repeat')} autoComplete="new-password" value={second} onChange={setSecond} />
    </>
  )
}
