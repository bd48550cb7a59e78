import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerRow } from '../../../../../../src-shared/domain/customer-types'
import { useNavigationStore } from '../../../../stores/navigation'
import { useFormat } from '../../../../lib/use-format'
import type { PagedRows } from '../../../../lib/paged-rows'
import { selectAll } from '../../../../lib/selection'
import { useCustomerListStore } from '../../stores/list'
import { DataGrid } from '../../../../components/data-grid/data-grid'
import { customerColumns } from './customer-columns'

interface CustomerTableProps {
  rows: PagedRows<CustomerRow>
  total: number
  onRange(start: number, end: number): void
  gridRef?: Ref<HTMLDivElement>
}

/** The customer grid: the chosen columns, server-side sort, selection, Enter opens a customer. */
export function CustomerTable({ rows, total, onRange, gridRef }: CustomerTableProps) {
  const { t } = useTranslation()
  const format = useFormat()
  const visible = useCustomerListStore((s) => s.columns)
  const sort = useCustomerListStore((s) => s.sort)
  const setSort = useCustomerListStore((s) => s.setSort)
  const selection = useCustomerListStore((s) => s.selection)
  const setSelection = useCustomerListStore((s) => s.setSelection)
  const navigate = useNavigationStore((s) => s.navigate)
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
      columns={customerColumns(t, format, visible)}
      sort={{ key: sort.column, direction: sort.dir }}
      onSort={(next) => setSort({ column: next.key, dir: next.direction })}
      getId={(row) => row.id}
      rowName={(row) => row.name}
      selection={{ value: selection, onChange: setSelection, onSelectAll: () => setSelection(selectAll<number>()) }}
      onRangeChange={onRange}
      onOpen={(row) => navigate({ page: 'customer', id: String(row.id) })}
    />
  )
}
