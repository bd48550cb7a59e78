import type { TFunction } from 'i18next'
import type { QueueRow } from '../../../../../../src-shared/domain/ticket-types'
import type { GridColumn } from '../../../../components/data-grid/grid-types'
import type { EnumLabeler } from '../../../../lib/use-enum-label'
import type { Formatters } from '../../../../lib/use-format'
import { SlaBadge } from './sla-badge'

/** Tracks in em, so they follow the font: the text a column must hold plus the cell's padding. */
const fits = (em: number): string => `calc(${em}em + 2 * var(--table-cell-padding-x))`
const grows = (em: number, share: number): string => `minmax(${fits(em)}, ${share}fr)`

/** The queue's columns; it is always sorted by time to breach, so no column sorts. */
export function queueColumns(t: TFunction, f: Formatters, label: EnumLabeler): GridColumn<QueueRow>[] {
  return [
    {
      id: 'number',
      header: t('tickets:queue.columns.number'),
      width: fits(6.5),
      render: (r) => <span className="tabular">{r.number}</span>,
    },
    {
      id: 'subject',
      header: t('tickets:queue.columns.subject'),
      width: grows(10, 3),
      render: (r) => r.subject,
      title: (r) => r.subject,
    },
    {
      id: 'customer',
      header: t('tickets:queue.columns.customer'),
      width: grows(6, 1.5),
      render: (r) => r.customer?.name ?? '—',
      title: (r) => (r.customer ? [r.customer.name, r.customer.phone].filter(Boolean).join(' · ') : undefined),
    },
    { id: 'kind', header: t('tickets:queue.columns.kind'), width: fits(5), render: (r) => label('ticketKind', r.kind) },
    {
      id: 'priority',
      header: t('tickets:queue.columns.priority'),
      width: fits(5),
      render: (r) => label('ticketPriority', r.priority),
    },
    {
      id: 'status',
      header: t('tickets:queue.columns.status'),
      width: fits(5.5),
      render: (r) => label('ticketStatus', r.status),
    },
    {
      id: 'sla',
      header: t('tickets:queue.columns.sla'),
      width: grows(13, 1.5),
      render: (r) => <SlaBadge sla={r.sla} status={r.status} />,
    },
    { id: 'opened', header: t('tickets:queue.columns.opened'), width: fits(9), numeric: true, render: (r) => f.date(r.openedAt) },
  ]
}
