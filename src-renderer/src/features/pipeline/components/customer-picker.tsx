import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { IconButton } from '../../../components/icon-button'
import { useDebouncedValue } from '../../../lib/use-debounced-value'
import { useQuery } from '../../../lib/use-query'

export interface PickedCustomer {
  id: number
  name: string
}

export interface CustomerPickerProps {
  /** The control's id and aria props from a FormField, or a label of its own. */
  id?: string
  label?: string
  value: PickedCustomer | null
  onChange(customer: PickedCustomer | null): void
  placeholder: string
  clearLabel: string
}

/**
 * Picks a customer by name, pinyin (initials too) or phone: a combobox listing the best matches
 * as you type; ↑ ↓ choose, Enter takes, Esc closes. A chosen customer shows with a remove button.
 */
export function CustomerPicker({ id, label, value, onChange, placeholder, clearLabel }: CustomerPickerProps) {
  const { t } = useTranslation()
  const listId = useId()
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const query = useDebouncedValue(text.trim(), 150)
  const hits = useQuery('customers.search', open && query ? { query: query.slice(0, 100), limit: 8 } : null, {
    entities: ['customers'],
  }).data
  const options = open && query ? (hits ?? []) : []
  useEffect(() => setActive(0), [query])

  if (value) {
    return (
      <span className="customer-picker__chosen">
        <span id={id}>{value.name}</span>
        <IconButton icon="close" aria-label={clearLabel} onClick={() => onChange(null)} />
      </span>
    )
  }
  const choose = (index: number): void => {
    const hit = options[index]
    if (!hit) return
    onChange({ id: hit.id, name: hit.name })
    setText('')
    setOpen(false)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      setActive((i) => Math.max(0, Math.min(options.length - 1, i + (event.key === 'ArrowDown' ? 1 : -1))))
    } else if (event.key === 'Enter' && options.length > 0) {
      event.preventDefault()
      choose(active)
    } else if (event.key === 'Escape' && open && options.length > 0) {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    }
  }
  return (
    <div className="customer-picker">
      <input
        id={id}
        className="input"
        role="combobox"
        aria-label={label}
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={options.length > 0 ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        maxLength={100}
        onChange={(event) => {
          setText(event.target.value)
          setOpen(true)
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        className="customer-picker__list"
        hidden={options.length === 0}
        aria-label={label ?? placeholder}
      >
        {options.map((hit, i) => (
          <li
            key={hit.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault()
              choose(i)
            }}
          >
            {hit.name}
            {(hit.phone || hit.city) && <span className="muted"> · {[hit.phone, hit.city].filter(Boolean).join(' · ')}</span>}
          </li>
        ))}
      </ul>
      {open && query && hits?.length === 0 && <p className="muted customer-picker__none">{t('palette:noResults', { query })}</p>}
    </div>
  )
}
