import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CannedReply } from '../../../../../../src-shared/domain/ticket-types'
import { Button } from '../../../../components/button'
import { showToast } from '../../../../components/toast'
import { call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'
import { useQuery } from '../../../../lib/use-query'
import { CANNED_ENTITIES } from '../../api/entities'

/** Settings → Canned replies: add, edit (a stale edit is refused), delete with Undo. */
export function CannedRepliesSection() {
  const { t } = useTranslation()
  const replies = useQuery('tickets.cannedReplies', {}, { entities: CANNED_ENTITIES }).data ?? []
  return (
    <div className="stack">
      <p className="field-hint">{t('tickets:settings.cannedHint')}</p>
      {replies.map((reply) => (
        <ReplyForm key={`${reply.id}-${reply.updatedAt}`} reply={reply} />
      ))}
      <ReplyForm key={replies.length} reply={null} />
    </div>
  )
}

function ReplyForm({ reply }: { reply: CannedReply | null }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const [title, setTitle] = useState(reply?.title ?? '')
  const [body, setBody] = useState(reply?.body ?? '')
  const save = (): Promise<unknown> =>
    run(() =>
      call(
        'tickets.saveCannedReply',
        reply ? { id: reply.id, title, body, expectedUpdatedAt: reply.updatedAt } : { title, body },
      ),
    )
  const remove = async (existing: CannedReply): Promise<void> => {
    if (!(await run(() => call('tickets.deleteCannedReply', { id: existing.id })))) return
    showToast({
      message: t('tickets:settings.cannedDeleted', { title: existing.title }),
      action: {
        label: t('common:undo'),
        onAction: () => void run(() => call('tickets.restoreCannedReply', { id: existing.id })),
      },
    })
  }
  const changed = title.trim() !== (reply?.title ?? '') || body.trim() !== (reply?.body ?? '')
  return (
    <form
      className="canned-form"
      aria-label={reply?.title ?? t('tickets:settings.cannedAdd')}
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <input
        className="input"
        aria-label={t('tickets:settings.cannedName')}
        placeholder={t('tickets:settings.cannedName')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <textarea
        className="input"
        rows={2}
        aria-label={t('tickets:settings.cannedBody')}
        placeholder={t('tickets:settings.cannedBody')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <div className="cluster">
        <Button
          type="submit"
          size="sm"
          variant={reply ? 'secondary' : 'primary'}
          disabled={!changed || !title.trim() || !body.trim()}
        >
          {reply ? t('tickets:settings.cannedSave') : t('tickets:settings.cannedAdd')}
        </Button>
        {reply && (
          <Button size="sm" variant="ghost" onClick={() => void remove(reply)}>
            {t('tickets:settings.cannedDelete')}
          </Button>
        )}
      </div>
    </form>
  )
}
