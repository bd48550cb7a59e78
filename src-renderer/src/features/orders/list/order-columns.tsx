import type { TFunction } from 'i18next'
import type { OrderRow } from '../../../../../src-shared/domain/order-types'
import type { ORDER_SORT_COLUMNS } from '../../../../../src-shared/ipc/channels/orders'
import { Badge } from '../../../components/badge'
import type { GridColumn } from '../../../components/data-grid/grid-types'
import type { EnumLabeler } from '../../../lib/use-enum-label'
import type { Formatters } from '../../../lib/use-format'
import { paymentLabel } from '../api/payment-label'
import { STATUS_TONE } from '../api/status-tone'

type SortKey = (typeof ORDER_SORT_COLUMNS)[number]
export type OrderColumn = GridColumn<OrderRow, SortKey>

/** Tracks in em, so they follow the font: the text each column must hold plus the cell padding. */
const fits = (em: number): string => `calc(${em}em + 2 * var(--table-cell-padding-x))`
const grows = (em: number, share: number): string => `minmax(${fits(em)}, ${share}fr)`

/** The orders grid's columns: sortable by date and amount (the page's indexes serve those). */
export function orderColumns(t: TFunction, f: Formatters, label: EnumLabeler): OrderColumn[] {
  return [
    {
      id: 'number',
      header: t('orders:ui.columns.number'),
      width: fits(11),
      render: (r) => <span className="tabular">{r.number}</span>,
      title: (r) => r.number,
    },
    {
      id: 'orderedAt',
      header: t('orders:ui.columns.date'),
      width: fits(11),
      numeric: true,
      sortKey: 'orderedAt',
      render: (r) => f.dateTime(r.orderedAt),
    },
    {
      id: 'customer',
      header: t('orders:ui.columns.customer'),
      width: grows(7, 2),
      render: (r) => r.customerName ?? <span className="muted">{t('orders:ui.list.walkIn')}</span>,
      title: (r) => r.customerName ?? undefined,
    },
    {
      id: 'status',
      header: t('orders:ui.columns.status'),
      width: fits(5),
      render: (r) => <Badge tone={STATUS_TONE[r.status]}>{label('orderStatus', r.status)}</Badge>,
    },
    {
      id: 'channel',
      header: t('orders:ui.columns.channel'),
      width: grows(5, 1),
      render: (r) => r.channel ?? '—',
      title: (r) => r.channel ?? undefined,
    },
    {
      id: 'payment',
      header: t('orders:ui.columns.payment'),
      // "Bank transfer", "WeChat Pay": the longest method names.
      width: grows(7.5, 1),
      render: (r) => paymentLabel(t, r.paymentMethod),
    },
    {
      id: 'total',
      header: t('orders:ui.columns.total'),
      width: fits(8),
      numeric: true,
      sortKey: 'total',
      render: (r) => f.money(r.total),
    },
    {
      id: 'refunded',
      header: t('orders:ui.columns.refunded'),
      width: fits(8),
      numeric: true,
      render: (r) => (r.refunded > 0 ? f.money(r.refunded) : '—'),
    },
  ]
}
