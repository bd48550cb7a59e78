import { useEffect, useRef, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerRow } from '../../../../../../src-shared/domain/customer-types'
import { DataGrid } from '../../../../components/data-grid/data-grid'
import type { PagedRows } from '../../../../lib/paged-rows'
import { selectAll } from '../../../../lib/selection'
import { useEnumLabel } from '../../../../lib/use-enum-label'
import { useFormat } from '../../../../lib/use-format'
import { useNavigationStore } from '../../../../stores/navigation'
import { useCustomerListStore } from '../../stores/list'
import { customerColumns } from './customer-columns'

interface CustomerTableProps {
  rows: PagedRows<CustomerRow>
  total: number
  onRange(start: number, end: number): void
  gridRef: RefObject<HTMLDivElement | null>
}

/**
 * The customer grid: the chosen columns at the widths the user dragged, server-side sort,
 * selection; a click or Enter opens a customer, and coming back shows that row again, focused.
 */
export function CustomerTable({ rows, total, onRange, gridRef }: CustomerTableProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const label = useEnumLabel()
  const list = useCustomerListStore()
  const navigate = useNavigationStore((s) => s.navigate)
  const returning = useRef(list.opened !== null)
  useEffect(() => {
    if (returning.current) gridRef.current?.focus()
  }, [gridRef])
  return (
    <DataGrid
      gridRef={gridRef}
      labels={{
        grid: t('nav:customers'),
        selectAll: t('customers:ui.list.selectAll'),
        selectRow: (name) => t('customers:ui.list.selectRow', { name }),
      }}
      count={total}
      rowAt={(index) => rows.row(index)}
      columns={customerColumns(t, format, (value) => label('gender', value), list.columns)}
      sort={{ key: list.sort.column, direction: list.sort.dir }}
      onSort={(next) => list.setSort({ column: next.key, dir: next.direction })}
      widths={list.widths}
      onResize={list.setWidth}
      getId={(row) => row.id}
      rowName={(row) => row.name}
      selection={{
        value: list.selection,
        onChange: list.setSelection,
        onSelectAll: () => list.setSelection(selectAll<number>()),
      }}
      onRangeChange={onRange}
      initialActive={list.opened ?? 0}
      onOpen={(row, index) => {
        list.setOpened(index)
        navigate({ page: 'customer', id: String(row.id) })
      }}
    />
  )
}
