import { useTranslation } from 'react-i18next'
import type { TicketEventView } from '../../../../../../src-shared/domain/ticket-types'
import { useFormat } from '../../../../lib/use-format'
import { useEnumLabel } from '../../../../lib/use-enum-label'

/** The ticket's timeline, newest first: replies, customer messages, notes, status changes, merges. */
export function EventLog({ events }: { events: readonly TicketEventView[] }) {
  const { t } = useTranslation()
  const label = useEnumLabel()
  const f = useFormat()
  const title = (e: TicketEventView): string =>
    e.kind === 'status' && e.status
      ? t('tickets:events.status', { status: label('ticketStatus', e.status) })
      : e.kind === 'merged'
        ? t('tickets:events.merged', { number: e.ref?.number ?? '' })
        : t(`tickets:events.${e.kind}`)
  return (
    <ol className="ticket-log">
      {[...events].reverse().map((e) => (
        <li key={e.id} className={`ticket-log__item ticket-log__item--${e.kind}`}>
          <p className="ticket-log__meta">
            <strong>{title(e)}</strong>
            {e.channel && <span>{t('tickets:events.via', { channel: label('messageChannel', e.channel) })}</span>}
            {e.from && <span className="muted">{t('tickets:events.from', { number: e.from.number })}</span>}
            <time dateTime={e.at}>{f.dateTime(e.at)}</time>
          </p>
          {e.body && <p className="ticket-text">{e.body}</p>}
        </li>
      ))}
    </ol>
  )
}
