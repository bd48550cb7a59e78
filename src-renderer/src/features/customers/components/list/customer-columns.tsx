import type { TFunction } from 'i18next'
import type { CustomerRow } from '../../../../../../src-shared/domain/customer-types'
import type { CustomerListColumn, SortColumn } from '../../../../../../src-shared/ipc/channels/customer-schemas'
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
 * typed with its country code ("+86 139 1111 2222", 17 tabular characters) about 9.2em; a
 * four-character city 4em. Whatever is still cut shows whole in the cell's tooltip.
 */
const fits = (em: number): string => `calc(${em}em + 2 * var(--table-cell-padding-x))`
const grows = (em: number, share: number): string => `minmax(${fits(em)}, ${share}fr)`
const DATE_WIDTH = fits(9)

/** A text cell: the value or a dash, the whole value as its tooltip. */
const text = (value: (r: CustomerRow) => string | null, className?: string) => ({
  render: (r: CustomerRow) => <span className={className}>{value(r) ?? dash}</span>,
  title: (r: CustomerRow) => value(r) ?? undefined,
})

/** Every column the table can show, keyed by id; the name column is always first. */
function allColumns(
  f: Formatters,
  gender: (value: string) => string,
): Record<CustomerListColumn, Omit<CustomerColumn, 'id' | 'header'>> {
  const date = (value: (r: CustomerRow) => string | null) => ({
    width: DATE_WIDTH,
    numeric: true,
    render: (r: CustomerRow) => {
      const v = value(r)
      return v ? f.date(v) : dash
    },
  })
  return {
    name: { width: grows(8, 2), sortKey: 'name', ...text((r) => r.name, 'customer-name') },
    code: { width: grows(6, 0.5), ...text((r) => r.code, 'tabular') },
    phone: { width: grows(9.5, 1), sortKey: 'phone', ...text((r) => r.phone, 'tabular') },
    email: { width: grows(12, 1.5), ...text((r) => r.email) },
    gender: { width: fits(3.5), ...text((r) => (r.gender ? gender(r.gender) : null)) },
    birthday: { ...date((r) => r.birthday), title: (r) => r.birthday ?? undefined },
    city: { width: grows(4.5, 1), sortKey: 'city', ...text((r) => r.city) },
    address: { width: grows(12, 2), ...text((r) => r.address) },
    source: { width: grows(4.5, 1), sortKey: 'source', ...text((r) => r.source) },
    tags: {
      width: grows(9, 1.5),
      render: (r) => <TagChips tags={r.tags} max={3} />,
      title: (r) => r.tags.map((tag) => tag.name).join(', ') || undefined,
    },
    notes: { width: grows(12, 2), ...text((r) => r.notes.replace(/\s+/g, ' ').trim() || null) },
    orderCount: {
      width: fits(4),
      numeric: true,
      sortKey: 'orderCount',
      firstSort: 'desc',
      render: (r) => f.number(r.orderCount),
    },
    lifetimeValue: {
      width: fits(8),
      numeric: true,
      sortKey: 'lifetimeValue',
      firstSort: 'desc',
      render: (r) => f.money(r.lifetimeValue),
    },
    lastPurchaseAt: { ...date((r) => r.lastPurchaseAt), sortKey: 'lastPurchaseAt', firstSort: 'desc' },
    createdAt: { ...date((r) => r.createdAt), sortKey: 'createdAt', firstSort: 'desc' },
    updatedAt: { ...date((r) => r.updatedAt), sortKey: 'updatedAt', firstSort: 'desc' },
  }
}

/** The visible columns, in the table's fixed order, for the chosen set. */
export function customerColumns(
  t: TFunction,
  f: Formatters,
  gender: (value: string) => string,
  visible: readonly OptionalColumn[],
): CustomerColumn[] {
  const all = allColumns(f, gender)
  const shown = ['name' as const, ...OPTIONAL_COLUMNS.filter((c) => visible.includes(c))]
  return shown.map((id) => ({ id, header: columnLabel(t, id), ...all[id] }))
}

/** The translated header of a column (the list, the column chooser and the export use the same words). */
export const columnLabel = (t: TFunction, column: CustomerListColumn): string => t(`customers:fields.${column}`)
