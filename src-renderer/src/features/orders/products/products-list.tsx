import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductRow } from '../../../../../src-shared/domain/order-types'
import { Button } from '../../../components/button'
import { DataGrid } from '../../../components/data-grid/data-grid'
import { EmptyState } from '../../../components/empty-state'
import { SearchField } from '../../../components/search-field'
import { SegmentedControl } from '../../../components/segmented-control'
import { call, errorMessage } from '../../../lib/ipc'
import type { RowWindow } from '../../../lib/paged-rows'
import { useDebouncedValue } from '../../../lib/use-debounced-value'
import { useFormat } from '../../../lib/use-format'
import { usePageShortcuts } from '../../../lib/use-page-shortcuts'
import { usePagedRows } from '../../../lib/use-paged-rows'
import { useQuery } from '../../../lib/use-query'
import { PRODUCT_ENTITIES } from '../api/entities'
import { productColumns } from './product-columns'
import { ProductDialog } from './product-dialog'
import { toProductQuery, useProductListStore, type ProductQuery } from './product-list-store'

const fetchProducts = (query: ProductQuery, offset: number, limit: number): Promise<RowWindow<ProductRow>> =>
  call('products.list', { ...query, offset, limit })

/** The catalog: search by name, SKU or pinyin, active/inactive, category; Enter opens a product to edit. */
export function ProductsList({ onNew }: { onNew(): void }) {
  const { t } = useTranslation()
  const f = useFormat()
  const list = useProductListStore()
  const search = useDebouncedValue(list.search, 120)
  const query = toProductQuery(list, search)
  const { rows, snapshot, ensure } = usePagedRows(query, fetchProducts, { entities: PRODUCT_ENTITIES, pageSize: 200 })
  const categories = useQuery('products.categories', {}, { entities: PRODUCT_ENTITIES }).data ?? []
  const [open, setOpen] = useState<number | null>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  usePageShortcuts({ '/': () => searchRef.current?.focus() })
  const total = snapshot.total
  const narrowed = Boolean(query.query || query.category)
  return (
    <>
      <div className="cluster">
        <SearchField
          value={list.search}
          onChange={(value) => list.set({ search: value })}
          inputRef={searchRef}
          shortcut="/"
          label={t('orders:products.searchLabel')}
          placeholder={t('orders:products.searchPlaceholder')}
        />
        <SegmentedControl
          label={t('orders:products.show')}
          hideLabel
          size="sm"
          value={list.status}
          options={[
            { value: 'active', label: t('orders:products.active') },
            { value: 'inactive', label: t('orders:products.inactive') },
            { value: 'all', label: t('orders:products.all') },
          ]}
          onChange={(status) => list.set({ status })}
        />
        <select
          className="input"
          aria-label={t('orders:products.category')}
          value={list.category}
          onChange={(e) => list.set({ category: e.target.value })}
        >
          <option value="">{t('orders:products.anyCategory')}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="muted">
        {total === null ? t('common:loading') : t('orders:products.count', { count: total })}
      </p>
      {snapshot.error !== null && (
        <p role="alert" className="form-error">
          {errorMessage(snapshot.error)}
        </p>
      )}
      {total === 0 ? (
        <EmptyState
          icon="orders"
          title={t(narrowed ? 'orders:products.noMatchTitle' : 'orders:products.emptyTitle')}
          body={narrowed ? undefined : t('orders:products.emptyBody')}
          action={
            narrowed ? undefined : (
              <Button variant="primary" icon="plus" onClick={onNew}>
                {t('orders:products.new')}
              </Button>
            )
          }
        />
      ) : (
        <DataGrid
          key={JSON.stringify(query)}
          labels={{ grid: t('orders:products.grid') }}
          count={total ?? 0}
          rowAt={(index) => rows.row(index)}
          columns={productColumns(t, f)}
          sort={{ key: list.sort.column, direction: list.sort.dir }}
          onSort={(next) => list.set({ sort: { column: next.key, dir: next.direction } })}
          getId={(row) => row.id}
          onRangeChange={ensure}
          onOpen={(row) => setOpen(row.id)}
        />
      )}
      {open !== null && <ProductDialog id={open} onClose={() => setOpen(null)} />}
    </>
  )
}
