import type { TFunction } from 'i18next'
import type { CustomerRow } from '../../../../../../src-shared/domain/customer-types'
import type { SortColumn } from '../../../../../../src-shared/ipc/channels/customer-schemas'
import type { GridColumn } from '../../../../components/data-grid/grid-types'
import type { Formatters } from '../../../../lib/use-format'
import { OPTIONAL_COLUMNS, type OptionalColumn } from '../../stores/list'
import { TagChips } from '../tag-chips'

export type CustomerColumn = GridColumn<CustomerRow, SortColumn>

const dash = '—'

/**
 * Column tracks sized in em, so they follow the font size instead of guessing pixels: the text
 * a column must hold without cutting, plus the cell's padding. A full locale date
 * ("2024年10月10日": four Han characters and eight tabular digits) is about 8.8em; a phone as
 * typed with its country code ("+86 139 1111 2222") about 9.2em; a four-character city 4em.
 */
const fits = (em: number): string => `calc(${em}em + 2 * var(--table-cell-padding-x))`
const grows = (em: number, share: number): string => `minmax(${fits(em)}, ${share}fr)`
const DATE_WIDTH = fits(9)

/** Every column the table can show, keyed by id; the name column is always first. */
function allColumns(t: TFunction, f: Formatters): Record<'name' | OptionalColumn, CustomerColumn> {
  const label = (field: keyof typeof fieldKeys): string => t(fieldKeys[field])
  return {
    name: {
      id: 'name',
      header: label('name'),
      width: grows(8, 2),
      sortKey: 'name',
      render: (r) => <span className="customer-name">{r.name}</span>,
      title: (r) => r.name,
    },
    phone: {
      id: 'phone',
      header: label('phone'),
      width: grows(9.5, 1),
      sortKey: 'phone',
      render: (r) => <span className="tabular">{r.phone ?? dash}</span>,
      title: (r) => r.phone ?? undefined,
    },
    city: {
      id: 'city',
      header: label('city'),
      width: grows(4.5, 1),
      sortKey: 'city',
      render: (r) => r.city ?? dash,
      title: (r) => r.city ?? undefined,
    },
    source: {
      id: 'source',
      header: label('source'),
      width: grows(4.5, 1),
      sortKey: 'source',
      render: (r) => r.source ?? dash,
      title: (r) => r.source ?? undefined,
    },
    tags: {
      id: 'tags',
      header: label('tags'),
      width: grows(9, 1.5),
      render: (r) => <TagChips tags={r.tags} />,
      title: (r) => r.tags.map((tag) => tag.name).join(', ') || undefined,
    },
    orderCount: {
      id: 'orderCount',
      header: label('orderCount'),
      width: fits(4),
      numeric: true,
      sortKey: 'orderCount',
      firstSort: 'desc',
      render: (r) => f.number(r.orderCount),
    },
    lifetimeValue: {
      id: 'lifetimeValue',
      header: label('lifetimeValue'),
      width: fits(8),
      numeric: true,
      sortKey: 'lifetimeValue',
      firstSort: 'desc',
      render: (r) => f.money(r.lifetimeValue),
    },
    lastPurchaseAt: {
      id: 'lastPurchaseAt',
      header: label('lastPurchaseAt'),
      width: DATE_WIDTH,
      numeric: true,
      sortKey: 'lastPurchaseAt',
      firstSort: 'desc',
      render: (r) => (r.lastPurchaseAt ? f.date(r.lastPurchaseAt) : dash),
    },
    createdAt: {
      id: 'createdAt',
      header: label('createdAt'),
      width: DATE_WIDTH,
      numeric: true,
      sortKey: 'createdAt',
      firstSort: 'desc',
      render: (r) => f.date(r.createdAt),
    },
  }
}

const fieldKeys = {
  name: 'customers:fields.name',
  phone: 'customers:fields.phone',
  city: 'customers:fields.city',
  source: 'customers:fields.source',
  tags: 'customers:fields.tags',
  orderCount: 'customers:fields.orderCount',
  lifetimeValue: 'customers:fields.lifetimeValue',
  lastPurchaseAt: 'customers:fields.lastPurchaseAt',
  createdAt: 'customers:fields.createdAt',
} as const

/** The visible columns, in the table's fixed order, for the chosen set. */
export function customerColumns(t: TFunction, f: Formatters, visible: readonly OptionalColumn[]): CustomerColumn[] {
  const all = allColumns(t, f)
  return [all.name, ...OPTIONAL_COLUMNS.filter((c) => visible.includes(c)).map((c) => all[c])]
}

/** The translated header of an optional column, for the column chooser. */
export const columnLabel = (t: TFunction, column: OptionalColumn): string => t(fieldKeys[column])
