import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TicketDetail } from '../../../../../../src-shared/domain/ticket-types'
import { Button } from '../../../../components/button'
import { Dialog } from '../../../../components/dialog'
import { FormField } from '../../../../components/form-field'
import { showToast } from '../../../../components/toast'
import { call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'

/** Merges a duplicate (named by its number) into this ticket; the toast offers Undo. */
export function MergeDialog({ keep, onClose }: { keep: TicketDetail; onClose(): void }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const [number, setNumber] = useState('')
  const [error, setError] = useState<string>()
  const submit = async (): Promise<void> => {
    const wanted = number.trim().toUpperCase()
    const found = await run(() =>
      call('tickets.queue', { query: wanted, statuses: ['open', 'pending', 'resolved', 'closed'], offset: 0, limit: 20 }),
    )
    const other = found?.rows.find((r) => r.number.toUpperCase() === wanted && r.id !== keep.id)
    if (!other) return setError(t('tickets:merge.noMatch'))
    const merged = await run(() => call('tickets.merge', { keepId: keep.id, mergeId: other.id }))
    if (!merged) return
    onClose()
    showToast({
      tone: 'success',
      message: t('tickets:merge.done', { merged: other.number, kept: keep.number }),
      action: { label: t('common:undo'), onAction: () => void run(() => call('tickets.unmerge', { mergeId: merged.mergeId })) },
    })
  }
  return (
    <Dialog title={t('tickets:merge.title', { number: keep.number })} onClose={onClose}>
      <form
        className="modal__body stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <FormField label={t('tickets:merge.find')} error={error} required>
          {(field) => (
            <input
              {...field}
              className="input"
              value={number}
              placeholder="TK0000001"
              onChange={(e) => setNumber(e.target.value)}
            />
          )}
        </FormField>
        <footer className="modal__footer">
          <Button variant="ghost" onClick={onClose}>
            {t('tickets:create.cancel')}
          </Button>
          <Button type="submit" variant="primary" disabled={!number.trim()}>
            {t('tickets:merge.submit')}
          </Button>
        </footer>
      </form>
    </Dialog>
  )
}
