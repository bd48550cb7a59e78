import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/button'
import { PageHeader } from '../../../../components/page-header'
import { SegmentedControl } from '../../../../components/segmented-control'
import { usePageShortcuts } from '../../../../lib/use-page-shortcuts'
import { answersDrillOf, drillOf, useNavigationStore } from '../../../../stores/navigation'
import { useTicketsView, type TicketsTab } from '../../stores'
import { InsightsView } from '../insights/insights-view'
import { SurveysView } from '../surveys/surveys-view'
import { NewTicketDialog } from './new-ticket-dialog'
import { QueueView } from './queue-view'

/** Tickets: the queue, the survey requests and the service insights, one tab each. */
export function TicketsPage() {
  const { t } = useTranslation()
  const chosen = useTicketsView((s) => s.tab)
  const setTab = useTicketsView((s) => s.setTab)
  // A dashboard drill-down opens the queue (tickets) or the surveys (answers); another tab leaves it.
  const drilled = useNavigationStore((s) => drillOf(s.route, 'tickets') !== undefined)
  const answersDrilled = useNavigationStore((s) => answersDrillOf(s.route) !== undefined)
  const replace = useNavigationStore((s) => s.replace)
  const tab = drilled ? 'queue' : answersDrilled ? 'surveys' : chosen
  const choose = (next: TicketsTab): void => {
    if (drilled || answersDrilled) replace({ page: 'tickets' })
    setTab(next)
  }
  const [creating, setCreating] = useState(false)
  usePageShortcuts({ n: () => setCreating(true) })
  const tabs: { value: TicketsTab; label: string }[] = [
    { value: 'queue', label: t('tickets:tabs.queue') },
    { value: 'surveys', label: t('tickets:tabs.surveys') },
    { value: 'insights', label: t('tickets:tabs.insights') },
  ]
  return (
    <div className="page tickets-page">
      <PageHeader
        title={t('nav:tickets')}
        actions={
          <>
            <SegmentedControl label={t('tickets:tabs.label')} hideLabel value={tab} options={tabs} onChange={choose} />
            <Button variant="primary" icon="plus" aria-keyshortcuts="N" onClick={() => setCreating(true)}>
              {t('tickets:queue.new')}
            </Button>
          </>
        }
      />
      {tab === 'queue' && <QueueView />}
      {tab === 'surveys' && <SurveysView />}
      {tab === 'insights' && <InsightsView />}
      {creating && <NewTicketDialog onClose={() => setCreating(false)} />}
    </div>
  )
}
