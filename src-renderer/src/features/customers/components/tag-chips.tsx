import { useTranslation } from 'react-i18next'
import type { TagRef } from '../../../../../src-shared/domain/customer-types'

/**
 * A customer's tags as small read-only chips. With `max`, the first `max` chips and a "+N"
 * chip for the rest (a table cell is narrow; the cell's tooltip names them all).
 */
export function TagChips({ tags, max }: { tags: readonly TagRef[]; max?: number }) {
  const { t } = useTranslation()
  if (tags.length === 0) return null
  const shown = max === undefined ? tags : tags.slice(0, max)
  const hidden = tags.length - shown.length
  return (
    <ul className="tag-chips">
      {shown.map((tag) => (
        <li key={tag.id} className="tag-chip" style={tag.color ? { borderColor: tag.color } : undefined}>
          {tag.name}
        </li>
      ))}
      {hidden > 0 && (
        <li className="tag-chip tag-chip--more" aria-label={t('customers:ui.list.moreTags', { count: hidden })}>
          +{hidden}
        </li>
      )}
    </ul>
  )
}
