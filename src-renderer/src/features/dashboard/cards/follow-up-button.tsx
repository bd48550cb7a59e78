import { format } from 'date-fns/format'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/button'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'

/** One click makes a follow-up task on the customer, due today; the button then says it is done. */
export function FollowUpButton({ customerId, title }: { customerId: number; title: string }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const [state, setState] = useState<'idle' | 'busy' | 'created'>('idle')
  if (state === 'created')
    return (
      <span role="status" className="muted">
        {t('dashboard:churn.created')}
      </span>
    )
  const create = async (): Promise<void> => {
    setState('busy')
    const task = await run(() =>
      call('tasks.create', {
        title,
        due: { kind: 'day', date: format(new Date(), 'yyyy-MM-dd') },
        link: { kind: 'customer', id: customerId },
      }),
    )
    setState(task ? 'created' : 'idle')
  }
  return (
    <Button size="sm" icon="plus" disabled={state === 'busy'} onClick={() => void create()}>
      {t('dashboard:churn.createFollowUp')}
    </Button>
  )
}
