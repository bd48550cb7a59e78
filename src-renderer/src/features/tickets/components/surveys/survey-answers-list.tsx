import { useTranslation } from 'react-i18next'
import type { AnswerDrill } from '../../../../../../src-shared/ipc/channels/drill'
import { DrillChip } from '../../../../components/drill-chip'
import { EmptyState } from '../../../../components/empty-state'
import { Pager, usePage } from '../../../../components/pager'
import { errorMessage } from '../../../../lib/ipc'
import { useEnumLabel } from '../../../../lib/use-enum-label'
import { useFormat } from '../../../../lib/use-format'
import { useQuery } from '../../../../lib/use-query'
import type { Drill } from '../../../../stores/navigation'
import { TICKET_ENTITIES } from '../../api/entities'
import { TicketButton } from './ticket-button'

const PAGE = 50

/**
 * Survey answers newest first, with or without a request or ticket; with a dashboard drill-down
 * only those behind the mark (a CSAT bar, an NPS group), under a chip with their count.
 */
export function SurveyAnswersList({ drill, onClearDrill }: { drill?: Drill<AnswerDrill>; onClearDrill(): void }) {
  const { t } = useTranslation()
  const f = useFormat()
  const label = useEnumLabel()
  const page = usePage(PAGE)
  const input = drill ? { drill: drill.filter, offset: page.offset, limit: PAGE } : { offset: page.offset, limit: PAGE }
  const { data, error } = useQuery('surveys.answers', input, { entities: TICKET_ENTITIES })
  const none = t('tickets:answers.none')
  const count = data ? t('tickets:answers.count', { count: data.total }) : null
  return (
    <>
      {drill ? (
        <DrillChip label={drill.label} count={count} onClear={onClearDrill} />
      ) : (
        <p role="status" className="muted">
          {count ?? t('common:loading')}
        </p>
      )}
      {error && (
        <p role="alert" className="form-error">
          {errorMessage(error)}
        </p>
      )}
      {data?.total === 0 ? (
        <EmptyState icon="tickets" title={t('tickets:answers.empty')} />
      ) : (
        <table className="data-table data-table--wrap">
          <thead>
            <tr>
              <th>{t('tickets:answers.at')}</th>
              <th>{t('tickets:answers.customer')}</th>
              <th>{t('tickets:answers.ticket')}</th>
              <th>{t('tickets:answers.kind')}</th>
              <th className="num">{t('tickets:answers.score')}</th>
              <th>{t('tickets:answers.comment')}</th>
              <th>{t('tickets:answers.channel')}</th>
            </tr>
          </thead>
          <tbody>
            {data?.rows.map((r) => (
              <tr key={r.id}>
                <td className="tabular">{f.dateTime(r.at)}</td>
                <td>{r.customer?.name ?? none}</td>
                <td>{r.ticket ? <TicketButton ticket={r.ticket} /> : none}</td>
                <td>{r.kind === 'csat' ? 'CSAT' : 'NPS'}</td>
                <td className="num">{f.number(r.score)}</td>
                <td>{r.comment || none}</td>
                <td>{r.channel ? label('answerChannel', r.channel) : none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager {...page} total={data?.total ?? 0} labels={[t('tickets:surveys.prev'), t('tickets:surveys.next')]} />
    </>
  )
}
