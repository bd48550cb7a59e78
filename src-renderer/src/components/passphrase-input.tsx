import { useId, type InputHTMLAttributes } from 'react'

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'value' | 'onChange'> & {
  label: string
  /** `current-password` to unlock or prove, `new-password` to set one: password managers go by it. */
  autoComplete: 'current-password' | 'new-password'
  value: string
  onChange(value: string): void
}

/** A labelled passphrase box, full width (a passphrase is a phrase). */
export function PassphraseInput({ label, value, onChange, ...input }: Props) {
  const id = useId()
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        {...input}
        id={id}
        className="input input--wide"
        type="password"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  )
}
