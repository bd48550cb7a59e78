import { useEffect, useRef } from 'react'
import { ColumnResizer } from './column-resizer'
import { ariaSort, nextSort, type GridColumn, type SortState } from './grid-types'
import type { Selection } from '../../lib/selection'

interface GridHeaderProps<T, K extends string, Id> {
  columns: GridColumn<T, K>[]
  sort: SortState<K> | null
  onSort?(next: SortState<K>): void
  onResize?(columnId: string, width: number): void
  /** Absent when the grid is not selectable: no select-all box. */
  selection?: { value: Selection<Id>; label: string; onToggleAll(checked: boolean): void }
  count: number
}

/** The sticky header row: a select-all box, then one sort button per sortable column. */
export function GridHeader<T, K extends string, Id>({
  columns,
  sort,
  onSort,
  onResize,
  selection,
  count,
}: GridHeaderProps<T, K, Id>) {
  return (
    <div role="rowgroup" className="data-grid__head">
      <div role="row" aria-rowindex={1} className="data-grid__row">
        {selection && <SelectAllCell {...selection} count={count} />}
        {columns.map((column) => (
          <div
            key={column.id}
            role="columnheader"
            aria-sort={column.sortKey ? ariaSort(sort, column.sortKey) : undefined}
            className={`data-grid__cell${column.numeric ? ' data-grid__cell--numeric' : ''}`}
            title={column.header}
            // The header's name is its words, not the resize handle's label inside it.
            aria-label={column.header}
          >
            {column.sortKey && onSort ? (
              <SortButton column={column} sort={sort} onSort={onSort} sortKey={column.sortKey} />
            ) : (
              column.header
            )}
            {onResize && <ColumnResizer column={column.header} onResize={(width) => onResize(column.id, width)} />}
          </div>
        ))}
      </div>
    </div>
  )
}

function SelectAllCell<Id>({
  value,
  label,
  onToggleAll,
  count,
}: {
  value: Selection<Id>
  label: string
  onToggleAll(checked: boolean): void
  count: number
}) {
  const all = count > 0 && value.all && value.ids.size === 0
  const some = !all && (value.all ? value.ids.size < count : value.ids.size > 0)
  const box = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (box.current) box.current.indeterminate = some
  }, [some])
  return (
    <div role="columnheader" className="data-grid__cell data-grid__cell--check">
      <input
        ref={box}
        type="checkbox"
        aria-label={label}
        checked={all}
        disabled={count === 0}
        onChange={(event) => onToggleAll(event.target.checked)}
      />
    </div>
  )
}

function SortButton<T, K extends string>({
  column,
  sort,
  onSort,
  sortKey,
}: {
  column: GridColumn<T, K>
  sort: SortState<K> | null
  onSort(next: SortState<K>): void
  sortKey: K
}) {
  const direction = sort?.key === sortKey ? sort.direction : null
  return (
    <button type="button" className="data-grid__sort" onClick={() => onSort(nextSort(sort, sortKey, column.firstSort))}>
      <span className="data-grid__sort-label">{column.header}</span>
      <span className="data-grid__sort-mark" aria-hidden="true">
        {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
      </span>
    </button>
  )
}
