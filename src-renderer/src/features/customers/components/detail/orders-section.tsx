import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/button'
import { useQuery } from '../../../../lib/use-query'
import { CUSTOMER_ENTITIES } from '../../api/entities'
import { useEnumLabel } from '../../../../lib/use-enum-label'
import { useFormat } from '../../../../lib/use-format'
import type { RecordPanelProps } from '../../../../registries/record-panels'

const PAGE = 20

/** Purchase history, newest first, 20 at a time. */
export function OrdersSection({ recordId: customerId }: RecordPanelProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const label = useEnumLabel()
  const [offset, setOffset] = useState(0)
  const { data } = useQuery('customers.orders', { customerId, offset, limit: PAGE }, { entities: CUSTOMER_ENTITIES })
  if (data && data.total === 0) return <p className="muted">{t('customers:ui.orders.empty')}</p>
  return (
    <>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('customers:ui.orders.number')}</th>
            <th scope="col">{t('customers:ui.orders.date')}</th>
            <th scope="col">{t('customers:ui.orders.status')}</th>
            <th scope="col" className="num">
              {t('customers:ui.orders.lines')}
            </th>
            <th scope="col" className="num">
              {t('customers:ui.orders.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data?.rows.map((order) => (
            <tr key={order.id}>
              <td>{order.number}</td>
              <td>{f.date(order.orderedAt)}</td>
              <td>{label('orderStatus', order.status)}</td>
              <td className="num">{f.number(order.lineCount)}</td>
              <td className="num">{f.money(order.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data && data.total > PAGE && (
        <nav className="pager" aria-label={t('customers:ui.orders.pages')}>
          <Button size="sm" variant="ghost" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('customers:ui.orders.newer')}
          </Button>
          <span>
            {t('customers:ui.orders.range', { from: offset + 1, to: Math.min(data.total, offset + PAGE), total: data.total })}
          </span>
          <Button size="sm" variant="ghost" disabled={offset + PAGE >= data.total} onClick={() => setOffset(offset + PAGE)}>
            {t('customers:ui.orders.older')}
          </Button>
        </nav>
      )}
    </>
  )
}
