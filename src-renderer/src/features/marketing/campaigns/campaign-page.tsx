import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Badge } from '../../../components/badge'
import { Button } from '../../../components/button'
import { TargetExportDialog } from '../export'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useQuery } from '../../../lib/use-query'
import { CampaignFigures } from './campaign-figures'
import { CampaignFormDialog } from './campaign-form-dialog'
import { CampaignMembers } from './campaign-members'
import { CostLines } from './cost-lines'
import { CAMPAIGN_ENTITIES, NS } from './entities'
import { LaunchDialog } from './launch-dialog'
import { STATUS_TONE } from './status-tone'

/** One campaign: its details and actions, what it earned (with the rule in words), costs and members. */
export function CampaignPage({ id, onBack }: { id: number; onBack(): void }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const [dialog, setDialog] = useState<'edit' | 'launch' | 'export' | null>(null)
  const { data: campaign } = useQuery('campaigns.get', { id }, { entities: CAMPAIGN_ENTITIES })
  if (!campaign) return null
  const remove = async () => {
    if (!(await run(() => call('campaigns.delete', { id })))) return
    onBack()
    showToast({
      message: t(`${NS}:actions.deleted`, { name: campaign.name }),
      action: { label: t(`${NS}:actions.undo`), onAction: () => void run(() => call('campaigns.restore', { id })) },
    })
  }
  return (
    <article className="stack campaign-page" aria-label={campaign.name}>
      <div className="cluster campaign-page__head">
        <Button variant="ghost" size="sm" icon="back" onClick={onBack}>
          {t(`${NS}:back`)}
        </Button>
        <h2>{campaign.name}</h2>
        <Badge>{t(`${NS}:channel.${campaign.channel}`)}</Badge>
        <Badge tone={STATUS_TONE[campaign.status]}>{t(`${NS}:status.${campaign.status}`)}</Badge>
        <span className="campaign-page__spacer" />
        {campaign.status === 'draft' && (
          <Button variant="primary" size="sm" onClick={() => setDialog('launch')}>
            {t(`${NS}:actions.launch`)}
          </Button>
        )}
        {campaign.status === 'running' && (
          <Button size="sm" onClick={() => void run(() => call('campaigns.end', { id }))}>
            {t(`${NS}:actions.end`)}
          </Button>
        )}
        {campaign.status !== 'draft' && (
          <Button size="sm" onClick={() => setDialog('export')}>
            {t('marketing-reach:export.open')}
          </Button>
        )}
        <Button size="sm" onClick={() => setDialog('edit')}>
          {t(`${NS}:actions.edit`)}
        </Button>
        <Button variant="danger" size="sm" onClick={() => void remove()}>
          {t(`${NS}:actions.delete`)}
        </Button>
      </div>
      {campaign.notes && <p className="muted campaign-page__notes">{campaign.notes}</p>}
      <CampaignFigures campaign={campaign} />
      <div className="campaign-page__columns">
        <CostLines campaign={campaign} />
        <CampaignMembers campaign={campaign} />
      </div>
      {dialog === 'edit' && <CampaignFormDialog campaign={campaign} onClose={() => setDialog(null)} />}
      {dialog === 'launch' && <LaunchDialog campaign={campaign} onClose={() => setDialog(null)} />}
      {dialog === 'export' && (
        <TargetExportDialog source={{ kind: 'campaign', campaignId: id }} name={campaign.name} onClose={() => setDialog(null)} />
      )}
    </article>
  )
}
