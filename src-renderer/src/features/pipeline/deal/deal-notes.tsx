import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DealDetail } from '../../../../../src-shared/domain/deal-types'
import { Button } from '../../../components/button'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useFormat } from '../../../lib/use-format'

/** Notes on the deal (activities on it, also on its customer's timeline), newest first; Ctrl+Enter adds one. */
export function DealNotes({ deal }: { deal: DealDetail }) {
  const { t } = useTranslation()
  const f = useFormat()
  const run = useActionRunner()
  const [body, setBody] = useState('')
  const [busy, setBusy] = useState(false)
  const add = async (): Promise<void> => {
    if (!body.trim()) return
    setBusy(true)
    const done = await run(() => call('deals.addNote', { id: deal.id, body }))
    setBusy(false)
    if (done) setBody('')
  }
  return (
    <>
      {deal.deletedAt === null && (
        <form
          className="deal-notes__add"
          aria-label={t('pipeline:deal.noteLabel')}
          onSubmit={(e) => (e.preventDefault(), void add())}
        >
          <textarea
            className="input"
            rows={2}
            maxLength={20000}
            value={body}
            aria-label={t('pipeline:deal.noteLabel')}
            placeholder={t('pipeline:deal.notePlaceholder')}
            onChange={(event) => setBody(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return
              event.preventDefault()
              void add()
            }}
          />
          <Button type="submit" size="sm" variant="primary" disabled={busy || !body.trim()} aria-keyshortcuts="Control+Enter">
            {t('pipeline:deal.addNote')}
          </Button>
        </form>
      )}
      {deal.notes.length === 0 ? (
        <p className="muted">{t('pipeline:deal.noNotes')}</p>
      ) : (
        <ol className="deal-notes">
          {deal.notes.map((note) => (
            <li key={note.id} className="deal-notes__item">
              <p className="deal-notes__meta muted">
                <strong>{t(`customers:activityKinds.${note.kind as 'note'}`)}</strong>{' '}
                <time dateTime={note.at}>{f.dateTime(note.at)}</time>
              </p>
              <p className="deal-notes__body">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
