import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TagRef } from '../../../../../../src-shared/domain/customer-types'
import { call } from '../../../../lib/ipc'
import { useCall } from '../../api/use-call'
import { useActionRunner } from '../../hooks/use-action-runner'

/** A customer's tags as chips: × removes one, the field adds an existing or a new tag. */
export function TagEditor({ customerId, tags, onChanged }: { customerId: number; tags: readonly TagRef[]; onChanged(): void }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const [text, setText] = useState('')
  const listId = useId()
  const allTags = useCall('tags.list', {}).data ?? []
  const ids = [customerId]
  const add = async (): Promise<void> => {
    const name = text.trim()
    if (!name) return
    const existing = allTags.find((tag) => tag.name.toLowerCase() === name.toLowerCase())
    const done = await run(() => call('customers.tag', existing ? { ids, tagId: existing.id } : { ids, tagName: name }))
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
            <button type="button" className="tag-chip__remove" aria-label={t('customers:ui.detail.removeTag', { tag: tag.name })} onClick={() => void remove(tag)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="tag-editor__add" onSubmit={(event) => (event.preventDefault(), void add())}>
        <input
          className="input input--sm"
          list={listId}
          value={text}
          maxLength={50}
          aria-label={t('customers:ui.detail.addTag')}
          placeholder={t('customers:ui.detail.addTag')}
          onChange={(event) => setText(event.target.value)}
        />
        <datalist id={listId}>
          {allTags.filter((tag) => !tags.some((own) => own.id === tag.id)).map((tag) => <option key={tag.id} value={tag.name} />)}
        </datalist>
      </form>
    </div>
  )
}
