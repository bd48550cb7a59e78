import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/button'
import { DrillChip } from '../../../components/drill-chip'
import { DataGrid } from '../../../components/data-grid/data-grid'
import { EmptyState } from '../../../components/empty-state'
import { errorMessage } from '../../../lib/ipc'
import { useDebouncedValue } from '../../../lib/use-debounced-value'
import { useEnumLabel } from '../../../lib/use-enum-label'
import { useFormat } from '../../../lib/use-format'
import { usePageShortcuts } from '../../../lib/use-page-shortcuts'
import { drillOf, useNavigationStore } from '../../../stores/navigation'
import { useOrderRows } from '../api/use-order-rows'
import { orderColumns } from './order-columns'
import { OrderFigures } from './order-figures'
import { OrderFilters } from './order-filters'
import { useOrderListStore } from './order-list-store'

/** Typing an order number answers as you type, without a query per keystroke. */
const DEBOUNCE_MS = 150

/** The orders tab: filters, the figures of everything they match, and the virtualized grid. */
export function OrdersList({ onNew }: { onNew(): void }) {
  const { t } = useTranslation()
  const label = useEnumLabel()
  const f = useFormat()
  const { filter: typed, sort, setSort, clearFilter } = useOrderListStore()
  const debounced = useDebouncedValue(typed, DEBOUNCE_MS)
  // A dashboard drill-down replaces the filters: the list holds exactly the orders behind the mark.
  const drill = useNavigationStore((s) => drillOf(s.route, 'orders'))
  const replace = useNavigationStore((s) => s.replace)
  const filter = drill?.filter ?? debounced
  const undrill = (): void => replace({ page: 'orders', tab: 'orders' })
  const { rows, snapshot, ensure } = useOrderRows({ filter, sort })
  const navigate = useNavigationStore((s) => s.navigate)
  const searchRef = useRef<HTMLInputElement>(null)
  usePageShortcuts({ '/': () => searchRef.current?.focus() })
  const total = snapshot.total
  const narrowed = Object.keys(filter).length > 0
  return (
    <>
      {drill ? (
        <DrillChip
          label={drill.label}
          count={total === null ? null : t('orders:ui.list.count', { count: total })}
          onClear={undrill}
        />
      ) : (
        <OrderFilters searchRef={searchRef} />
      )}
      <OrderFigures filter={filter} />
      {!drill && (
        <p role="status" className="muted">
          {total === null ? t('common:loading') : t('orders:ui.list.count', { count: total })}
        </p>
      )}
      {snapshot.error !== null && (
        <p role="alert" className="form-error">
          {errorMessage(snapshot.error)}
        </p>
      )}
      {total === 0 ? (
        <EmptyState
          icon="orders"
          title={t(narrowed ? 'orders:ui.list.noMatchTitle' : 'orders:ui.list.emptyTitle')}
          body={narrowed ? undefined : t('orders:ui.list.emptyBody')}
          action={
            narrowed ? (
              <Button onClick={drill ? undrill : clearFilter}>{t('orders:ui.list.clearFilters')}</Button>
            ) : (
              <Button variant="primary" icon="plus" onClick={onNew}>
                {t('orders:ui.list.new')}
              </Button>
            )
          }
        />
      ) : (
        <DataGrid
          key={JSON.stringify({ filter, sort })}
          labels={{ grid: t('orders:ui.list.grid') }}
          count={total ?? 0}
          rowAt={(index) => rows.row(index)}
          columns={orderColumns(t, f, label)}
          sort={{ key: sort.column, direction: sort.dir }}
          onSort={(next) => setSort({ column: next.key, dir: next.direction })}
          getId={(row) => row.id}
          onRangeChange={ensure}
          onOpen={(row) => navigate({ page: 'order', id: String(row.id) })}
        />
      )}
    </>
  )
}
