import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../../lib/use-format'
import { useQuery } from '../../../../lib/use-query'

/** The customer's recent orders, newest first, to say which order a ticket is about (optional). */
export function OrderPicker({
  customerId,
  value,
  onChange,
}: {
  customerId: number
  value: number | null
  onChange(id: number | null): void
}) {
  const { t } = useTranslation()
  const f = useFormat()
  const orders = useQuery('customers.orders', { customerId, offset: 0, limit: 50 }, { entities: ['orders'] }).data
  return (
    <label className="field-inline">
      <span>{t('tickets:detail.order')}</span>
      <select className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
        <option value="">{t('tickets:create.noOrder')}</option>
        {orders?.rows.map((o) => (
          <option key={o.id} value={o.id}>
            {o.number} · {f.date(o.orderedAt)} · {f.money(o.total)}
          </option>
        ))}
      </select>
    </label>
  )
}
