import type { TFunction } from 'i18next'
import type { ProductRow } from '../../../../../src-shared/domain/order-types'
import type { ProductSortColumn } from '../../../../../src-shared/ipc/channels/products'
import { Badge } from '../../../components/badge'
import type { GridColumn } from '../../../components/data-grid/grid-types'
import type { Formatters } from '../../../lib/use-format'

const fits = (em: number): string => `calc(${em}em + 2 * var(--table-cell-padding-x))`
const grows = (em: number, share: number): string => `minmax(${fits(em)}, ${share}fr)`

/** The products grid's columns, each sortable on the server. */
export function productColumns(t: TFunction, f: Formatters): GridColumn<ProductRow, ProductSortColumn>[] {
  const label = (field: 'sku' | 'name' | 'category' | 'price' | 'cost' | 'active' | 'updatedAt'): string =>
    t(`orders:products.fields.${field}`)
  return [
    { id: 'sku', header: label('sku'), width: fits(9), sortKey: 'sku', render: (r) => <span className="tabular">{r.sku}</span> },
    { id: 'name', header: label('name'), width: grows(10, 3), sortKey: 'name', render: (r) => r.name, title: (r) => r.name },
    {
      id: 'category',
      header: label('category'),
      width: grows(6, 1),
      sortKey: 'category',
      render: (r) => r.category ?? '—',
      title: (r) => r.category ?? undefined,
    },
    { id: 'price', header: label('price'), width: fits(8), numeric: true, sortKey: 'price', render: (r) => f.money(r.price) },
    {
      id: 'cost',
      header: label('cost'),
      width: fits(8),
      numeric: true,
      sortKey: 'cost',
      render: (r) => (r.cost === null ? '—' : f.money(r.cost)),
    },
    {
      id: 'active',
      header: label('active'),
      width: fits(5),
      render: (r) => (
        <Badge tone={r.active ? 'success' : 'neutral'}>
          {t(r.active ? 'orders:products.active' : 'orders:products.inactive')}
        </Badge>
      ),
    },
    {
      id: 'updatedAt',
      header: label('updatedAt'),
      width: fits(9),
      numeric: true,
      sortKey: 'updatedAt',
      render: (r) => f.date(r.updatedAt),
    },
  ]
}
