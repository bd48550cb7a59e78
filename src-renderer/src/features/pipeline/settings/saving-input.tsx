import { useEffect, useState, type InputHTMLAttributes } from 'react'

export interface SavingInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  /** The stored value as text. */
  value: string
  /** Saves changed text; resolves false when it was refused (the stored value comes back). */
  save(text: string): Promise<boolean>
}

/** A settings cell: type, then Enter or leave to save; Esc puts the stored value back. */
export function SavingInput({ value, save, ...rest }: SavingInputProps) {
  const [text, setText] = useState(value)
  useEffect(() => setText(value), [value])
  const commit = async (): Promise<void> => {
    if (text.trim() === value) return setText(value)
    if (!(await save(text.trim()))) setText(value)
  }
  return (
    <input
      className="input input--sm"
      {...rest}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') void commit()
        if (event.key === 'Escape') setText(value)
      }}
    />
  )
}
