import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_ATTRIBUTION_DAYS } from '../../../../../src-shared/domain/campaign'
import { CAMPAIGN_CHANNELS, type CampaignChannel } from '../../../../../src-shared/domain/campaign-types'
import type { CampaignDetail } from '../../../../../src-shared/domain/campaign-types'
import { Button } from '../../../components/button'
import { Dialog } from '../../../components/dialog'
import { FormField } from '../../../components/form-field'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useQuery } from '../../../lib/use-query'
import { NS } from './entities'

interface Props {
  /** The campaign to edit; a new one when absent. */
  campaign?: CampaignDetail
  onClose(): void
  onSaved?(id: number): void
}

/** Create or edit a campaign's details: name, channel, dates, window, target segment, notes. */
export function CampaignFormDialog({ campaign, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const { data: segments } = useQuery('segments.list', {}, { entities: ['segments'] })
  const [name, setName] = useState(campaign?.name ?? '')
  const [channel, setChannel] = useState<CampaignChannel>(campaign?.channel ?? 'wechat')
  const [startsOn, setStartsOn] = useState(campaign?.startsOn ?? '')
  const [endsOn, setEndsOn] = useState(campaign?.endsOn ?? '')
  const [days, setDays] = useState(String(campaign?.attributionDays ?? DEFAULT_ATTRIBUTION_DAYS))
  const [segmentId, setSegmentId] = useState(campaign?.segmentId ? String(campaign.segmentId) : '')
  const [notes, setNotes] = useState(campaign?.notes ?? '')
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const fields = {
      name,
      channel,
      startsOn: startsOn || null,
      endsOn: endsOn || null,
      attributionDays: Number(days),
      segmentId: segmentId ? Number(segmentId) : null,
      notes,
    }
    const saved = await run(() =>
      campaign
        ? call('campaigns.update', { id: campaign.id, expectedUpdatedAt: campaign.updatedAt, patch: fields })
        : call('campaigns.create', fields),
    )
    if (!saved) return
    onClose()
    onSaved?.(saved.id)
  }
  return (
    <Dialog title={campaign ? t(`${NS}:actions.edit`) : t(`${NS}:create`)} onClose={onClose}>
      <form className="modal__body stack" onSubmit={submit}>
        <FormField label={t(`${NS}:fields.name`)} required>
          {(p) => <input {...p} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
        </FormField>
        <FormField label={t(`${NS}:fields.channel`)}>
          {(p) => (
            <select {...p} value={channel} onChange={(e) => setChannel(e.target.value as CampaignChannel)}>
              {CAMPAIGN_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`${NS}:channel.${c}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="cluster campaign-form__dates">
          <FormField label={t(`${NS}:fields.startsOn`)}>
            {(p) => <input {...p} type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />}
          </FormField>
          <FormField label={t(`${NS}:fields.endsOn`)}>
            {(p) => <input {...p} type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />}
          </FormField>
        </div>
        <FormField label={t(`${NS}:fields.attributionDays`)}>
          {(p) => <input {...p} type="number" min={0} max={365} value={days} onChange={(e) => setDays(e.target.value)} />}
        </FormField>
        <FormField label={t(`${NS}:fields.segment`)} hint={t(`${NS}:fields.segmentHint`)}>
          {(p) => (
            <select {...p} value={segmentId} onChange={(e) => setSegmentId(e.target.value)}>
              <option value="">{t(`${NS}:fields.noSegment`)}</option>
              {segments?.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t(`${NS}:fields.notes`)}>
          {(p) => <textarea {...p} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />}
        </FormField>
        <div className="modal__footer">
          <Button onClick={onClose}>{t(`${NS}:actions.cancel`)}</Button>
          <Button type="submit" variant="primary">
            {t(`${NS}:actions.save`)}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
