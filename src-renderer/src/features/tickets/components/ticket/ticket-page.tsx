import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Badge } from '../../../../components/badge'
import { Button } from '../../../../components/button'
import { EmptyState } from '../../../../components/empty-state'
import { RegisteredPanels } from '../../../../components/registered-panels'
import { Section } from '../../../../components/section'
import { IpcCallError, call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'
import { useFormat } from '../../../../lib/use-format'
import { useQuery } from '../../../../lib/use-query'
import { useNavigationStore } from '../../../../stores/navigation'
import { TICKET_ENTITIES } from '../../api/entities'
import { ComposeBox } from './compose-box'
import { EventLog } from './event-log'
import { MergeDialog } from './merge-dialog'
import { SlaClocks } from './sla-clocks'
import { SurveyPanel } from './survey-panel'
import { TicketActions } from './ticket-actions'
import { useEnumLabel } from '../../../../lib/use-enum-label'

/** One ticket: its SLA clocks, the conversation and history, replies, status, priority and merge. */
export function TicketPage({ id }: { id: string }) {
  const { t } = useTranslation()
  const label = useEnumLabel()
  const f = useFormat()
  const run = useActionRunner()
  const ticketId = Number(id)
  const valid = Number.isInteger(ticketId) && ticketId > 0
  const { data: ticket, error } = useQuery('tickets.get', valid ? { id: ticketId } : null, { entities: TICKET_ENTITIES })
  const navigate = useNavigationStore((s) => s.navigate)
  const back = (): void => navigate({ page: 'tickets' })
  const [merging, setMerging] = useState(false)
  if (!valid || error)
    return (
      <EmptyState
        icon="tickets"
        title={error instanceof IpcCallError ? error.message : t('tickets:detail.notFound')}
        action={<Button onClick={back}>{t('tickets:detail.back')}</Button>}
      />
    )
  if (!ticket || ticket.id !== ticketId)
    return (
      <p className="page muted" role="status">
        {t('common:loading')}
      </p>
    )
  const detail = (label: string, value: string) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
  return (
    <article className="page ticket-page">
      <header className="ticket-header">
        <Button size="sm" variant="ghost" icon="back" onClick={back}>
          {t('tickets:detail.back')}
        </Button>
        <h1 className="ticket-header__title">
          <span className="tabular muted">{ticket.number}</span> {ticket.subject}
        </h1>
        <p className="cluster">
          <Badge tone="accent">{label('ticketStatus', ticket.status)}</Badge>
          <span>{label('ticketKind', ticket.kind)}</span>
          <span>{label('ticketPriority', ticket.priority)}</span>
          <span className="muted">{t('tickets:detail.opened', { at: f.dateTime(ticket.openedAt) })}</span>
          {ticket.mergedInto && <Badge>{t('tickets:detail.mergedInto', { number: ticket.mergedInto.number })}</Badge>}
        </p>
        <div className="cluster">
          <TicketActions ticket={ticket} />
          {!ticket.mergedInto && <Button onClick={() => setMerging(true)}>{t('tickets:detail.merge')}</Button>}
          {ticket.merges.map((m) => (
            <Button
              key={m.id}
              size="sm"
              variant="ghost"
              onClick={() => void run(() => call('tickets.unmerge', { mergeId: m.id }))}
            >
              {t('tickets:detail.unmerge', { number: m.merged.number })}
            </Button>
          ))}
        </div>
      </header>
      <div className="ticket-page__columns">
        <div className="stack">
          <Section title={t('tickets:detail.clocks')}>
            <SlaClocks ticket={ticket} />
          </Section>
          <Section title={t('tickets:detail.details')}>
            <dl className="ticket-details">
              {detail(
                t('tickets:detail.customer'),
                ticket.customer ? [ticket.customer.name, ticket.customer.phone].filter(Boolean).join(' · ') : '—',
              )}
              {detail(t('tickets:detail.order'), ticket.order?.number ?? '—')}
            </dl>
            {ticket.body && <p className="ticket-text">{ticket.body}</p>}
          </Section>
          <Section title={t('tickets:survey.title')}>
            <SurveyPanel survey={ticket.survey} />
          </Section>
          <RegisteredPanels kind="ticket" column="side" recordId={ticket.id} />
        </div>
        <div className="stack">
          <Section title={t('tickets:detail.log')}>
            {!ticket.mergedInto && <ComposeBox key={ticket.id} ticket={ticket} />}
            <EventLog events={ticket.events} />
          </Section>
          <RegisteredPanels kind="ticket" column="main" recordId={ticket.id} />
        </div>
      </div>
      {merging && <MergeDialog keep={ticket} onClose={() => setMerging(false)} />}
    </article>
  )
}
