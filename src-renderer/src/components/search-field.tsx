import type { Ref } from 'react'
import { Icon } from './icons'

export interface SearchFieldProps {
  value: string
  onChange(value: string): void
  /** The accessible name ("Search customers"); the placeholder says what it finds and its key. */
  label: string
  placeholder?: string
  /** The page's shortcut that focuses it, announced (`/`). */
  shortcut?: string
  inputRef?: Ref<HTMLInputElement>
  maxLength?: number
}

/** A list's search box with its icon; Escape clears what was typed. */
export function SearchField({ value, onChange, label, placeholder, shortcut, inputRef, maxLength = 100 }: SearchFieldProps) {
  return (
    <div className="search-box">
      <Icon name="search" size={16} />
      <input
        ref={inputRef}
        type="search"
        className="input search-box__input"
        value={value}
        maxLength={maxLength}
        aria-label={label}
        aria-keyshortcuts={shortcut}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.preventDefault()
            onChange('')
          }
        }}
      />
    </div>
  )
}
