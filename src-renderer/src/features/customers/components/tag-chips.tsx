import type { TagRef } from '../../../../../src-shared/domain/customer-types'

/** A customer's tags as small read-only chips. */
export function TagChips({ tags }: { tags: readonly TagRef[] }) {
  if (tags.length === 0) return null
  return (
    <ul className="tag-chips">
      {tags.map((tag) => (
        <li key={tag.id} className="tag-chip" style={tag.color ? { borderColor: tag.color } : undefined}>
          {tag.name}
        </li>
      ))}
    </ul>
  )
}
