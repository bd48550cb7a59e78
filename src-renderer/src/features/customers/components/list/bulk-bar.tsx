import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tag } from '../../../../../../src-shared/domain/customer-types'
import { Button } from '../../../../components/button'
import type { CustomerView } from '../../stores/list'
import { tagChoice, TagNameInput } from '../tag-name-input'

interface BulkBarProps {
  count: number
  view: CustomerView
  tags: readonly Tag[]
  onTag(tag: { tagId: number } | { tagName: string }): void
  onUntag(tagId: number): void
  onDelete(): void
  onRestore(): void
  onClear(): void
}

/** Shown while rows are ticked: tag, untag and delete them (restore them in Trash). */
export function BulkBar({ count, view, tags, ...on }: BulkBarProps) {
  const { t } = useTranslation()
  const [tagText, setTagText] = useState('')
  const [untagId, setUntagId] = useState('')
  const addTag = (): void => {
    const choice = tagChoice(tags, tagText)
    if (!choice) return
    on.onTag(choice)
    setTagText('')
  }
  return (
    <section className="bulk-bar" aria-label={t('customers:ui.bulk.label')}>
      <strong className="bulk-bar__count" role="status">
        {t('customers:ui.bulk.selected', { count })}
      </strong>
      {view === 'active' ? (
        <>
          <form className="bulk-bar__group" onSubmit={(event) => (event.preventDefault(), addTag())}>
            <TagNameInput value={tagText} onChange={setTagText} label={t('customers:ui.bulk.tagName')} suggestions={tags} />
            <Button type="submit" size="sm" disabled={!tagText.trim()}>
              {t('customers:ui.bulk.tag')}
            </Button>
          </form>
          <div className="bulk-bar__group">
            <select
              className="input input--sm"
              value={untagId}
              aria-label={t('customers:ui.bulk.untagWhich')}
              onChange={(event) => setUntagId(event.target.value)}
            >
              <option value="">{t('customers:ui.bulk.untagWhich')}</option>
              {tags.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.name}
                </option>
              ))}
            </select>
            <Button size="sm" disabled={!untagId} onClick={() => (on.onUntag(Number(untagId)), setUntagId(''))}>
              {t('customers:ui.bulk.untag')}
            </Button>
          </div>
          <Button size="sm" variant="danger" onClick={on.onDelete}>
            {t('customers:ui.bulk.delete')}
          </Button>
        </>
      ) : (
        <Button size="sm" variant="primary" onClick={on.onRestore}>
          {t('customers:ui.bulk.restore')}
        </Button>
      )}
      <Button size="sm" variant="ghost" onClick={on.onClear}>
        {t('customers:ui.bulk.clear')}
      </Button>
    </section>
  )
}
