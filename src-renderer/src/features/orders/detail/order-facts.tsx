import { useTranslation } from 'react-i18next'
import type { OrderDetail } from '../../../../../src-shared/domain/order-types'
import { useFormat } from '../../../lib/use-format'
import { useNavigationStore } from '../../../stores/navigation'
import { paymentLabel } from '../api/payment-label'

/** Who bought, when, how they paid, and the order's money from subtotal to what was given back. */
export function OrderFacts({ order }: { order: OrderDetail }) {
  const { t } = useTranslation()
  const f = useFormat()
  const navigate = useNavigationStore((s) => s.navigate)
  const { customer } = order
  const who = customer ? (
    customer.deleted ? (
      t('orders:ui.detail.deletedCustomer', { name: customer.name })
    ) : (
      <button type="button" className="link-button" onClick={() => navigate({ page: 'customer', id: String(customer.id) })}>
        {customer.name}
      </button>
    )
  ) : (
    t('orders:ui.detail.walkIn')
  )
  const rows: [string, React.ReactNode][] = [
    [t('orders:ui.detail.customer'), who],
    [t('orders:ui.detail.orderedAt'), f.dateTime(order.orderedAt)],
    [t('orders:ui.columns.payment'), paymentLabel(t, order.paymentMethod)],
    [t('orders:ui.columns.channel'), order.channel ?? '—'],
    [t('orders:ui.form.campaign'), order.campaign?.name ?? '—'],
    [t('orders:ui.detail.subtotal'), f.money(order.subtotal)],
    [t('orders:ui.detail.discount'), f.money(order.discount)],
    [t('orders:ui.detail.tax'), f.money(order.tax)],
    [t('orders:ui.detail.total'), f.money(order.total)],
    [t('orders:ui.detail.paid'), f.money(order.paid)],
    [t('orders:ui.detail.refunded'), f.money(order.refunded)],
  ]
  return (
    <>
      <dl className="order-facts">
        {rows.map(([label, value]) => (
          <div key={label} className="order-facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {order.notes && <p className="order-facts__notes">{order.notes}</p>}
    </>
  )
}
