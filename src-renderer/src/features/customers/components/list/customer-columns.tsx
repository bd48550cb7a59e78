import type { TFunction } from 'i18next'
import type { CustomerRow } from '../../../../../../src-shared/domain/customer-types'
import type { SortColumn } from '../../../../../../src-shared/ipc/channels/customer-schemas'
import type { GridColumn } from '../grid/grid-types'
import type { Formatters } from '../../../../lib/use-format'
import { OPTIONAL_COLUMNS, type OptionalColumn } from '../../stores/list'
import { TagChips } from '../tag-chips'

export type CustomerColumn = GridColumn<CustomerRow, SortColumn>

const dash = '—'

/**
 * A full locale date ("2024年10月10日": four Han characters and eight tabular digits, about
 * 8.8em) plus the cell's padding; sized in em so it follows the font size, not a guess in px.
 */
const DATE_WIDTH = 'calc(10em + 2 * var(--table-cell-padding-x))'

/** Every column the table can show, keyed by id; the name column is always first. */
function allColumns(t: TFunction, f: Formatters): Record<'name' | OptionalColumn, CustomerColumn> {
  const label = (field: keyof typeof fieldKeys): string => t(fieldKeys[field])
  return {
    name: { id: 'name', header: label('name'), width: 'minmax(160px, 2fr)', sortKey: 'name', render: (r) => <span className="cgrid__name">{r.name}</span> },
    phone: { id: 'phone', header: label('phone'), width: 'minmax(130px, 1fr)', sortKey: 'phone', render: (r) => <span className="tabular">{r.phone ?? dash}</span> },
    city: { id: 'city', header: label('city'), width: 'minmax(90px, 1fr)', sortKey: 'city', render: (r) => r.city ?? dash },
    source: { id: 'source', header: label('source'), width: 'minmax(90px, 1fr)', sortKey: 'source', render: (r) => r.source ?? dash },
    tags: { id: 'tags', header: label('tags'), width: 'minmax(140px, 1.5fr)', render: (r) => <TagChips tags={r.tags} /> },
    orderCount: { id: 'orderCount', header: label('orderCount'), width: '80px', numeric: true, sortKey: 'orderCount', render: (r) => f.number(r.orderCount) },
    lifetimeValue: { id: 'lifetimeValue', header: label('lifetimeValue'), width: '130px', numeric: true, sortKey: 'lifetimeValue', render: (r) => f.money(r.lifetimeValue) },
    lastPurchaseAt: { id: 'lastPurchaseAt', header: label('lastPurchaseAt'), width: DATE_WIDTH, numeric: true, sortKey: 'lastPurchaseAt', render: (r) => (r.lastPurchaseAt ? f.date(r.lastPurchaseAt) : dash) },
    createdAt: { id: 'createdAt', header: label('createdAt'), width: DATE_WIDTH, numeric: true, sortKey: 'createdAt', render: (r) => f.date(r.createdAt) },
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
