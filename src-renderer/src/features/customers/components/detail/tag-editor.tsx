import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagRef } from '../../../../../../src-shared/domain/customer-types'
import { call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'
import { useQuery } from '../../../../lib/use-query'
import { CUSTOMER_ENTITIES } from '../../api/entities'
import { tagChoice, TagNameInput } from '../tag-name-input'

/** A customer's tags as chips: × removes one, the field adds an existing or a new tag. */
export function TagEditor({ customerId, tags, onChanged }: { customerId: number; tags: readonly TagRef[]; onChanged(): void }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const [text, setText] = useState('')
  const allTags = useQuery('tags.list', {}, { entities: CUSTOMER_ENTITIES }).data ?? []
  const ids = [customerId]
  const add = async (): Promise<void> => {
    const choice = tagChoice(allTags, text)
    if (!choice) return
    const done = await run(() => call('customers.tag', { ids, ...choice }))
    if (!done) return
    setText('')
    onChanged()
  }
  const remove = async (tag: TagRef): Promise<void> => {
    if (await run(() => call('customers.untag', { ids, tagId: tag.id }))) onChanged()
  }
  return (
    <div className="tag-editor">
      <ul className="tag-chips" aria-label={t('customers:fields.tags')}>
        {tags.map((tag) => (
          <li key={tag.id} className="tag-chip">
            {tag.name}
            <button
              type="button"
              className="tag-chip__remove"
              aria-label={t('customers:ui.detail.removeTag', { tag: tag.name })}
              onClick={() => void remove(tag)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="tag-editor__add" onSubmit={(event) => (event.preventDefault(), void add())}>
        <TagNameInput
          value={text}
          onChange={setText}
          label={t('customers:ui.detail.addTag')}
          suggestions={allTags.filter((tag) => !tags.some((own) => own.id === tag.id))}
        />
      </form>
    </div>
  )
}
