import { useTranslation } from 'react-i18next'
import type { DealDetail } from '../../../../../src-shared/domain/deal-types'
import { useFormat } from '../../../lib/use-format'
import { useNavigationStore } from '../../../stores/navigation'

/** The deal's fields as a definition list; the customer opens their page. */
export function DealDetails({ deal }: { deal: DealDetail }) {
  const { t } = useTranslation()
  const f = useFormat()
  const navigate = useNavigationStore((s) => s.navigate)
  const rows: [string, React.ReactNode][] = [
    [
      t('pipeline:deal.customer'),
      deal.customerId === null ? (
        <span className="muted">{t('pipeline:card.noCustomer')}</span>
      ) : (
        <button type="button" className="link-button" onClick={() => navigate({ page: 'customer', id: String(deal.customerId) })}>
          {deal.customerName}
        </button>
      ),
    ],
    [t('pipeline:deal.stage'), deal.stageName],
    [t('pipeline:deal.probability'), f.percent(deal.probability)],
    [t('pipeline:deal.expectedClose'), deal.expectedClose ? f.date(deal.expectedClose) : '—'],
    [t('pipeline:deal.created'), f.date(deal.createdAt)],
  ]
  if (deal.closedAt) rows.push([t('pipeline:deal.closed'), f.date(deal.closedAt)])
  if (deal.lostReason) rows.push([t('pipeline:deal.lostReason'), deal.lostReason])
  return (
    <dl className="deal-details">
      {rows.map(([label, value]) => (
        <div key={label} className="deal-details__row">
          <dt className="muted">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
