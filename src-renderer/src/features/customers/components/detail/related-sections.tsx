import { useTranslation } from 'react-i18next'
import type { CustomerDetail } from '../../../../../../src-shared/domain/customer-types'
import { useFormat } from '../../../../lib/use-format'

/** Open deals and open tickets: short lists until the pipeline and service pages land. */
export function OpenDeals({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation()
  const f = useFormat()
  if (customer.openDeals.length === 0) return <p className="muted">{t('customers:ui.detail.noDeals')}</p>
  return (
    <ul className="related-list">
      {customer.openDeals.map((deal) => (
        <li key={deal.id}>
          <strong>{deal.title}</strong> · {deal.stageName} · <span className="tabular">{f.money(deal.value)}</span>
          {deal.expectedClose && <> · {t('customers:ui.detail.expectedClose', { date: f.date(deal.expectedClose) })}</>}
        </li>
      ))}
    </ul>
  )
}

export function OpenTickets({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation()
  const f = useFormat()
  if (customer.openTickets.length === 0) return <p className="muted">{t('customers:ui.detail.noTickets')}</p>
  return (
    <ul className="related-list">
      {customer.openTickets.map((ticket) => (
        <li key={ticket.id}>
          <span className="tabular">{ticket.number}</span> <strong>{ticket.subject}</strong> · {f.date(ticket.openedAt)}
        </li>
      ))}
    </ul>
  )
}
