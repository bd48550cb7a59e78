import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Badge } from '../../../components/badge'
import { Button } from '../../../components/button'
import { Pager, usePage } from '../../../components/pager'
import { useEnumLabel } from '../../../lib/use-enum-label'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import type { RecordPanelProps } from '../../../registries/record-panels'
import { useNavigationStore } from '../../../stores/navigation'
import { ORDER_STATUSES } from '../../../../../src-shared/domain/order'
import type { OrderStatus } from '../../../../../src-shared/domain/order-types'
import { ORDER_ENTITIES } from '../api/entities'
import { STATUS_TONE } from '../api/status-tone'
import { NewOrderDialog } from '../form/new-order-dialog'

const PAGE = 20
const isStatus = (s: string): s is OrderStatus => (ORDER_STATUSES as readonly string[]).includes(s)

/** A customer's orders, newest first, 20 at a time; a number opens the order; "New order" rings one up for them. */
export function CustomerOrdersPanel({ recordId: customerId }: RecordPanelProps) {
  const { t } = useTranslation()
  const label = useEnumLabel()
  const f = useFormat()
  const navigate = useNavigationStore((s) => s.navigate)
  const page = usePage(PAGE)
  const [creating, setCreating] = useState(false)
  const { data } = useQuery('customers.orders', { customerId, offset: page.offset, limit: PAGE }, { entities: ORDER_ENTITIES })
  const customer = useQuery('customers.get', { id: customerId }, { entities: ['customers'] }).data
  return (
    <>
      {customer && customer.deletedAt === null && (
        <Button size="sm" icon="plus" onClick={() => setCreating(true)}>
          {t('orders:ui.history.new')}
        </Button>
      )}
      {data && data.total === 0 ? (
        <p className="muted">{t('orders:ui.history.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('orders:ui.columns.number')}</th>
              <th scope="col">{t('orders:ui.columns.date')}</th>
              <th scope="col">{t('orders:ui.columns.status')}</th>
              <th scope="col" className="num">
                {t('orders:ui.history.lines')}
              </th>
              <th scope="col" className="num">
                {t('orders:ui.columns.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data?.rows.map((order) => (
              <tr key={order.id}>
                <td>
                  <button
                    type="button"
                    className="link-button tabular"
                    onClick={() => navigate({ page: 'order', id: String(order.id) })}
                  >
                    {order.number}
                  </button>
                </td>
                <td>{f.date(order.orderedAt)}</td>
                <td>
                  {isStatus(order.status) ? (
                    <Badge tone={STATUS_TONE[order.status]}>{label('orderStatus', order.status)}</Badge>
                  ) : (
                    order.status
                  )}
                </td>
                <td className="num">{f.number(order.lineCount)}</td>
                <td className="num">{f.money(order.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        {...page}
        total={data?.total ?? 0}
        labels={[t('orders:ui.history.newer'), t('orders:ui.history.older')]}
        label={t('orders:ui.history.pages')}
      />
      {creating && customer && (
        <NewOrderDialog
          customer={{ id: customer.id, name: customer.name, phone: customer.phone, city: customer.city }}
          onClose={() => setCreating(false)}
        />
      )}
    </>
  )
}
