import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SurveyRequestRow } from '../../../../../../src-shared/domain/survey-types'
import { Button } from '../../../../components/button'
import { Dialog } from '../../../../components/dialog'
import { EmptyState } from '../../../../components/empty-state'
import { Pager, usePage } from '../../../../components/pager'
import { useFormat } from '../../../../lib/use-format'
import { useQuery } from '../../../../lib/use-query'
import { TICKET_ENTITIES } from '../../api/entities'
import { RecordForm } from '../ticket/survey-panel'
import { TicketButton } from './ticket-button'

const PAGE = 50

/** Survey requests newest first, waiting, answered or all: who was asked, what, and the answer (or record it here). */
export function SurveyRequestsList({ state }: { state: 'open' | 'answered' | 'all' }) {
  const { t } = useTranslation()
  const f = useFormat()
  const page = usePage(PAGE)
  const [recording, setRecording] = useState<SurveyRequestRow | null>(null)
  const { data } = useQuery('surveys.requests', { state, offset: page.offset, limit: PAGE }, { entities: TICKET_ENTITIES })
  const answer = (r: SurveyRequestRow): string =>
    [r.answers.csat && `CSAT ${r.answers.csat.score}`, r.answers.nps && `NPS ${r.answers.nps.score}`].filter(Boolean).join(' · ')
  return (
    <>
      <p role="status" className="muted">
        {data ? t('tickets:surveys.count', { count: data.total }) : t('common:loading')}
      </p>
      {data?.total === 0 ? (
        <EmptyState icon="tickets" title={t('tickets:surveys.empty')} />
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('tickets:surveys.requested')}</th>
              <th>{t('tickets:surveys.customer')}</th>
              <th>{t('tickets:surveys.ticket')}</th>
              <th>{t('tickets:surveys.asks')}</th>
              <th>{t('tickets:surveys.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {data?.rows.map((r) => (
              <tr key={r.id}>
                <td className="tabular">{f.dateTime(r.requestedAt)}</td>
                <td>{r.customer?.name ?? '—'}</td>
                <td>{r.ticket ? <TicketButton ticket={r.ticket} /> : t('tickets:surveys.periodic')}</td>
                <td>{[r.asks.csat && 'CSAT', r.asks.nps && 'NPS'].filter(Boolean).join(' + ')}</td>
                <td>
                  {r.answered ? (
                    answer(r)
                  ) : (
                    <Button size="sm" onClick={() => setRecording(r)}>
                      {t('tickets:survey.record')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager {...page} total={data?.total ?? 0} labels={[t('tickets:surveys.prev'), t('tickets:surveys.next')]} />
      {recording && (
        <Dialog title={t('tickets:survey.record')} description={recording.customer?.name} onClose={() => setRecording(null)}>
          <div className="modal__body">
            <RecordForm survey={recording} onDone={() => setRecording(null)} />
          </div>
        </Dialog>
      )}
    </>
  )
}
