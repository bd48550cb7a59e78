import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/button'
import { Dialog } from '../../../../components/dialog'
import { showToast } from '../../../../components/toast'
import { call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'
import { useQuery } from '../../../../lib/use-query'
import { DayRange } from '../inline-select'

/** A periodic NPS survey of the customers who bought in a period (or everyone); Undo cancels the batch. */
export function PeriodicSurveyDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const input = { ...(from ? { purchasedFrom: from } : {}), ...(to ? { purchasedTo: to } : {}) }
  const count = useQuery('surveys.countCustomers', input, { entities: ['customers', 'orders'] }).data?.count
  const ask = async (): Promise<void> => {
    const result = await run(() => call('surveys.requestCustomers', input))
    if (!result) return
    onClose()
    showToast({
      tone: 'success',
      message: t('tickets:surveys.asked', { created: result.created, skipped: result.skipped }),
      action: { label: t('common:undo'), onAction: () => void run(() => call('surveys.cancelBatch', { batch: result.batch })) },
    })
  }
  return (
    <Dialog title={t('tickets:surveys.askTitle')} onClose={onClose}>
      <div className="modal__body stack">
        <div className="cluster">
          <DayRange from={from} to={to} onFrom={setFrom} onTo={setTo} />
        </div>
        <p role="status">{count === undefined ? t('common:loading') : t('tickets:surveys.askBody', { count })}</p>
        <footer className="modal__footer">
          <Button variant="ghost" onClick={onClose}>
            {t('tickets:create.cancel')}
          </Button>
          <Button variant="primary" disabled={!count} onClick={() => void ask()}>
            {t('tickets:surveys.askSubmit')}
          </Button>
        </footer>
      </div>
    </Dialog>
  )
}
