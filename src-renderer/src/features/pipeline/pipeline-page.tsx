import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DealDetail } from '../../../../src-shared/domain/deal-types'
import { Button } from '../../components/button'
import { PageHeader } from '../../components/page-header'
import { SegmentedControl } from '../../components/segmented-control'
import { showToast } from '../../components/toast'
import { useNewIntent } from '../../lib/use-new-intent'
import { usePageShortcuts } from '../../lib/use-page-shortcuts'
import { useNavigationStore } from '../../stores/navigation'
import { BoardView } from './board/board-view'
import { DealFormDialog } from './deal/deal-form-dialog'
import { ForecastView } from './insights/forecast-view'
import { FunnelView } from './insights/funnel-view'

type View = 'board' | 'funnel' | 'forecast'

/** The Pipeline page: the board, the funnel and the forecast; N (or the palette) adds a deal. */
export function PipelinePage() {
  const { t } = useTranslation()
  const navigate = useNavigationStore((s) => s.navigate)
  const [view, setView] = useState<View>('board')
  const [creating, setCreating] = useState(false)
  const startNew = useCallback(() => setCreating(true), [])
  useNewIntent('pipeline', startNew)
  usePageShortcuts({ n: startNew })
  const created = (deal: DealDetail): void => {
    setCreating(false)
    showToast({
      tone: 'success',
      message: t('pipeline:form.created', { title: deal.title }),
      action: { label: t('pipeline:form.open'), onAction: () => navigate({ page: 'deal', id: String(deal.id) }) },
    })
  }
  return (
    <div className="page pipeline-page">
      <PageHeader
        title={t('pipeline:page.title')}
        actions={
          <>
            <SegmentedControl
              label={t('pipeline:page.views')}
              hideLabel
              value={view}
              onChange={setView}
              options={[
                { value: 'board', label: t('pipeline:page.board') },
                { value: 'funnel', label: t('pipeline:page.funnel') },
                { value: 'forecast', label: t('pipeline:page.forecast') },
              ]}
            />
            <Button variant="primary" icon="plus" title="N" aria-keyshortcuts="N" onClick={startNew}>
              {t('pipeline:page.newDeal')}
            </Button>
          </>
        }
      />
      {view === 'board' && <BoardView onNewDeal={startNew} />}
      {view === 'funnel' && <FunnelView />}
      {view === 'forecast' && <ForecastView />}
      {creating && <DealFormDialog onClose={() => setCreating(false)} onSaved={created} />}
    </div>
  )
}
