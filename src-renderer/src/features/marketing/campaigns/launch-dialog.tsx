import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignDetail } from '../../../../../src-shared/domain/campaign-types'
import { Button } from '../../../components/button'
import { Dialog } from '../../../components/dialog'
import { FormField } from '../../../components/form-field'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useQuery } from '../../../lib/use-query'
import { NS } from './entities'

const idsOf = (text: string): number[] =>
  [
    ...new Set(
      text
        .split(/[\s,，]+/)
        .filter(Boolean)
        .map(Number),
    ),
  ].filter((n) => Number.isInteger(n) && n > 0)

/** Launch: freezes the campaign's segment (or the customers typed) into its members, with an optional control. */
export function LaunchDialog({ campaign, onClose }: { campaign: CampaignDetail; onClose(): void }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const [customers, setCustomers] = useState('')
  const [control, setControl] = useState('0')
  const segmentId = campaign.segmentId
  const { data: segment } = useQuery('segments.get', segmentId === null ? null : { id: segmentId }, {
    entities: ['segments', 'customers'],
  })
  const chosen = idsOf(customers)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const input = { id: campaign.id, controlPercent: Number(control) || 0 }
    const launched = await run(() => call('campaigns.launch', segmentId === null ? { ...input, customerIds: chosen } : input))
    if (launched) onClose()
  }
  return (
    <Dialog title={t(`${NS}:launch.title`, { name: campaign.name })} description={t(`${NS}:launch.intro`)} onClose={onClose}>
      <form className="modal__body stack" onSubmit={submit}>
        {segmentId !== null ? (
          <p>{t(`${NS}:launch.segment`, { name: segment?.name ?? '', count: segment?.count ?? 0 })}</p>
        ) : (
          <FormField label={t(`${NS}:launch.customers`)} hint={t(`${NS}:launch.chosen`, { count: chosen.length })}>
            {(p) => <textarea {...p} rows={3} value={customers} onChange={(e) => setCustomers(e.target.value)} />}
          </FormField>
        )}
        <FormField label={t(`${NS}:launch.control`)} hint={t(`${NS}:launch.controlHint`)}>
          {(p) => <input {...p} type="number" min={0} max={50} value={control} onChange={(e) => setControl(e.target.value)} />}
        </FormField>
        <div className="modal__footer">
          <Button onClick={onClose}>{t(`${NS}:actions.cancel`)}</Button>
          <Button type="submit" variant="primary" disabled={segmentId === null && chosen.length === 0}>
            {t(`${NS}:launch.confirm`)}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
