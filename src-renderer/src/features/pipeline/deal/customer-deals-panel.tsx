import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import type { RecordPanelProps } from '../../../registries/record-panels'
import { useNavigationStore } from '../../../stores/navigation'
import { DEAL_ENTITIES } from '../api/entities'

/** The customer page's deals: the open ones with stage, value and close date (each opens its page), and how many are closed. */
export function CustomerDealsPanel({ recordId: customerId }: RecordPanelProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const navigate = useNavigationStore((s) => s.navigate)
  const deals = useQuery('deals.ofCustomer', { customerId }, { entities: DEAL_ENTITIES }).data
  if (!deals) return null
  const open = deals.filter((d) => d.status === 'open')
  const closed = deals.length - open.length
  return (
    <div className="stack">
      {open.length === 0 ? (
        <p className="muted">{t('pipeline:customerPanel.empty')}</p>
      ) : (
        <ul className="customer-deals">
          {open.map((deal) => (
            <li key={deal.id}>
              <button type="button" className="link-button" onClick={() => navigate({ page: 'deal', id: String(deal.id) })}>
                {deal.title}
              </button>
              <span className="muted">
                {' · '}
                {deal.stageName} · <span className="tabular">{f.money(deal.value)}</span>
                {deal.expectedClose && <> · {t('pipeline:customerPanel.closes', { date: f.date(deal.expectedClose) })}</>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {closed > 0 && <p className="muted">{t('pipeline:customerPanel.closedCount', { count: closed })}</p>}
    </div>
  )
}
