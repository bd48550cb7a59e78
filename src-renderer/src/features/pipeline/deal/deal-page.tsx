import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/button'
import { EmptyState } from '../../../components/empty-state'
import { RegisteredPanels } from '../../../components/registered-panels'
import { Section } from '../../../components/section'
import { errorMessage } from '../../../lib/ipc'
import { useQuery } from '../../../lib/use-query'
import { useNavigationStore } from '../../../stores/navigation'
import { DEAL_ENTITIES } from '../api/entities'
import { DealDetails } from './deal-details'
import { DealFormDialog } from './deal-form-dialog'
import { DealHeader } from './deal-header'
import { DealHistory } from './deal-history'
import { DealNotes } from './deal-notes'

/** One deal: what it is, where it has been (stage moves with dates), its notes, and other modules' panels (tasks). */
export function DealPage({ id }: { id: string }) {
  const { t } = useTranslation()
  const dealId = Number(id)
  const valid = Number.isInteger(dealId) && dealId > 0
  const { data: deal, error } = useQuery('deals.get', valid ? { id: dealId } : null, { entities: DEAL_ENTITIES })
  const navigate = useNavigationStore((s) => s.navigate)
  const [editing, setEditing] = useState(false)
  const back = (): void => navigate({ page: 'pipeline' })
  if (!valid || error) {
    return (
      <EmptyState
        icon="pipeline"
        title={error ? errorMessage(error) : t('pipeline:deal.notFound')}
        action={<Button onClick={back}>{t('pipeline:deal.back')}</Button>}
      />
    )
  }
  if (!deal || deal.id !== dealId)
    return (
      <p className="page muted" role="status">
        {t('common:loading')}
      </p>
    )
  return (
    <article className="page deal-page">
      <DealHeader deal={deal} onBack={back} onEdit={() => setEditing(true)} />
      <div className="deal-page__columns">
        <div className="deal-page__side">
          <Section title={t('pipeline:deal.details')}>
            <DealDetails deal={deal} />
          </Section>
          <RegisteredPanels kind="deal" column="side" recordId={deal.id} />
        </div>
        <div className="deal-page__main">
          <Section title={t('pipeline:deal.notes')}>
            <DealNotes deal={deal} />
          </Section>
          <Section title={t('pipeline:deal.history')}>
            <DealHistory deal={deal} />
          </Section>
          <RegisteredPanels kind="deal" column="main" recordId={deal.id} />
        </div>
      </div>
      {editing && <DealFormDialog deal={deal} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </article>
  )
}
