import { useTranslation } from 'react-i18next'
import type { OrderFilter } from '../../../../../src-shared/ipc/channels/orders'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import { ORDER_ENTITIES } from '../api/entities'

/** Count, sales, refunds and net of everything the filter matches (computed in SQL, not from the loaded rows). */
export function OrderFigures({ filter }: { filter: OrderFilter }) {
  const { t } = useTranslation()
  const f = useFormat()
  const figures = useQuery('orders.totals', { filter }, { entities: ORDER_ENTITIES }).data
  const value = (render: (x: NonNullable<typeof figures>) => string): string => (figures ? render(figures) : '…')
  const items: [string, string][] = [
    [t('orders:ui.figures.orders'), value((x) => f.number(x.count))],
    [t('orders:ui.figures.sales'), value((x) => f.money(x.sales))],
    [t('orders:ui.figures.refunded'), value((x) => f.money(x.refunded))],
    [t('orders:ui.figures.net'), value((x) => f.money(x.net))],
    [t('orders:ui.figures.cancelled'), value((x) => f.number(x.cancelled))],
  ]
  return (
    <dl className="order-figures" aria-label={t('orders:ui.figures.label')}>
      {items.map(([label, text]) => (
        <div key={label} className="order-figures__item">
          <dt>{label}</dt>
          <dd className="tabular">{text}</dd>
        </div>
      ))}
    </dl>
  )
}
