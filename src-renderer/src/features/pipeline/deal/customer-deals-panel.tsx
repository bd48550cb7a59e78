import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DealDetail } from '../../../../../src-shared/domain/deal-types'
import { Button } from '../../../components/button'
import { showToast } from '../../../components/toast'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import type { RecordPanelProps } from '../../../registries/record-panels'
import { useNavigationStore } from '../../../stores/navigation'
import { DEAL_ENTITIES } from '../api/entities'
import { DealFormDialog } from './deal-form-dialog'

/**
 * The customer page's deals: the open ones with stage, value and close date (each opens its page),
 * how many are closed, and "New deal", the deal form with this customer already chosen.
 */
export function CustomerDealsPanel({ recordId: customerId }: RecordPanelProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const navigate = useNavigationStore((s) => s.navigate)
  const [creating, setCreating] = useState(false)
  const deals = useQuery('deals.ofCustomer', { customerId }, { entities: DEAL_ENTITIES }).data
  const customer = useQuery('customers.get', { id: customerId }, { entities: ['customers'] }).data
  if (!deals) return null
  const open = deals.filter((d) => d.status === 'open')
  const closed = deals.length - open.length
  const created = (deal: DealDetail): void => {
    setCreating(false)
    showToast({
      tone: 'success',
      message: t('pipeline:form.created', { title: deal.title }),
      action: { label: t('pipeline:form.open'), onAction: () => navigate({ page: 'deal', id: String(deal.id) }) },
    })
  }
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
      {customer && customer.deletedAt === null && (
        <div>
          <Button size="sm" icon="plus" onClick={() => setCreating(true)}>
            {t('pipeline:customerPanel.newDeal')}
          </Button>
        </div>
      )}
      {creating && customer && (
        <DealFormDialog
          customer={{ id: customer.id, name: customer.name }}
          onClose={() => setCreating(false)}
          onSaved={created}
        />
      )}
    </div>
  )
}
