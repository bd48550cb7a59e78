import { useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react'

export interface ComboboxProps<T> {
  /** The text box as typed; the caller searches with it (debounced) and passes `items`. */
  text: string
  onTextChange(text: string): void
  /** The matches for `text`, best first; the first is active, so Enter picks it. */
  items: readonly T[]
  itemKey(item: T): string
  renderItem(item: T): ReactNode
  onPick(item: T): void
  /** Enter with nothing typed (the next step of a keyboard flow). */
  onEnterEmpty?(): void
  /** Ids tying the input to its label and hint (a FormField's control props). */
  id?: string
  'aria-describedby'?: string
  'aria-invalid'?: boolean
  /** The accessible name when no visible label points at `id`. */
  'aria-label'?: string
  placeholder?: string
  /** Shown under the box while something is typed and nothing matches. */
  emptyText?: string
  inputRef?: Ref<HTMLInputElement>
  autoFocus?: boolean
}

/**
 * Search and pick with the keyboard: an ARIA combobox (the input) over a listbox of matches.
 * ↑ ↓ move the active match, Enter picks it (the first unless moved), a click picks too;
 * Escape clears what was typed first and only then lets the key through (a dialog closes).
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { text, items, itemKey, onPick } = props
  const baseId = useId()
  // The active match is remembered by key, so it stays on its item as new matches arrive (else the first).
  const [activeKey, setActiveKey] = useState<string | null>(null)
  const [focused, setFocused] = useState(false)
  const open = focused && text.trim() !== '' && (items.length > 0 || props.emptyText !== undefined)
  const listId = `${baseId}-list`
  const optionId = (index: number): string => `${baseId}-option-${index}`
  const current = Math.max(
    0,
    items.findIndex((item) => itemKey(item) === activeKey),
  )

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (items.length === 0) return
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActiveKey(itemKey(items[(current + step + items.length) % items.length]))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const item = items[current]
      if (text.trim() === '') props.onEnterEmpty?.()
      else if (item !== undefined) onPick(item)
    } else if (event.key === 'Escape' && text !== '') {
      event.preventDefault()
      event.stopPropagation()
      props.onTextChange('')
    }
  }

  return (
    <div className="combobox">
      <input
        ref={props.inputRef}
        id={props.id}
        type="text"
        role="combobox"
        className="input combobox__input"
        autoComplete="off"
        autoFocus={props.autoFocus}
        aria-label={props['aria-label']}
        aria-describedby={props['aria-describedby']}
        aria-invalid={props['aria-invalid']}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && items.length > 0 ? optionId(current) : undefined}
        placeholder={props.placeholder}
        value={text}
        onChange={(event) => props.onTextChange(event.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
      <ul id={listId} role="listbox" className="combobox__list" hidden={!open}>
        {items.map((item, index) => (
          <li
            key={itemKey(item)}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            className="combobox__option"
            // Before the input's blur, so the click still lands on an open list.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(item)}
          >
            {props.renderItem(item)}
          </li>
        ))}
        {items.length === 0 && props.emptyText && <li className="combobox__empty">{props.emptyText}</li>}
      </ul>
    </div>
  )
}
