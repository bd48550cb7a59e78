import { useId } from 'react'
import type { TagRef } from '../../../../../src-shared/domain/customer-types'

/** A free-text tag field that offers the existing tags as suggestions (new names are fine). */
export function TagNameInput({
  value,
  onChange,
  label,
  suggestions,
}: {
  value: string
  onChange(value: string): void
  label: string
  suggestions: readonly TagRef[]
}) {
  const listId = useId()
  return (
    <>
      <input
        className="input input--sm"
        list={listId}
        value={value}
        maxLength={50}
        aria-label={label}
        placeholder={label}
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id={listId}>
        {suggestions.map((tag) => (
          <option key={tag.id} value={tag.name} />
        ))}
      </datalist>
    </>
  )
}

/** The tag a typed name means: an existing one (names are case-insensitive, as in the db) or a new name. */
export function tagChoice(tags: readonly TagRef[], typed: string): { tagId: number } | { tagName: string } | null {
  const name = typed.trim()
  if (!name) return null
  const existing = tags.find((tag) => tag.name.toLowerCase() === name.toLowerCase())
  return existing ? { tagId: existing.id } : { tagName: name }
}
