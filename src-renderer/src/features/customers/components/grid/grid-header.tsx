import { useEffect, useRef } from 'react'
import { ariaSort, nextSort, type GridColumn, type SortState } from './grid-types'
import type { Selection } from '../../lib/selection'

interface GridHeaderProps<T, K extends string, Id> {
  columns: GridColumn<T, K>[]
  sort: SortState<K> | null
  onSort(next: SortState<K>): void
  selection: Selection<Id>
  count: number
  selectAllLabel: string
  onToggleAll(checked: boolean): void
}

/** The sticky header row: a select-all box, then one sort button per sortable column. */
export function GridHeader<T, K extends string, Id>(props: GridHeaderProps<T, K, Id>) {
  const { selection, count, sort } = props
  const all = count > 0 && selection.all && selection.ids.size === 0
  const some = !all && (selection.all ? selection.ids.size < count : selection.ids.size > 0)
  const box = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (box.current) box.current.indeterminate = some
  }, [some])
  return (
    <div role="rowgroup" className="cgrid__head">
      <div role="row" aria-rowindex={1} className="cgrid__row">
        <div role="columnheader" className="cgrid__cell cgrid__cell--check">
          <input
            ref={box}
            type="checkbox"
            aria-label={props.selectAllLabel}
            checked={all}
            disabled={count === 0}
            onChange={(event) => props.onToggleAll(event.target.checked)}
          />
        </div>
        {props.columns.map((column) => (
          <div
            key={column.id}
            role="columnheader"
            aria-sort={column.sortKey ? ariaSort(sort, column.sortKey) : undefined}
            className={`cgrid__cell${column.numeric ? ' cgrid__cell--numeric' : ''}`}
          >
            {column.sortKey ? (
              <SortButton column={column} sort={sort} onSort={props.onSort} sortKey={column.sortKey} />
            ) : (
              column.header
            )}
          </div>
        ))}
      </div>
    </div>
  )
}

function SortButton<T, K extends string>({ column, sort, onSort, sortKey }: {
  column: GridColumn<T, K>
  sort: SortState<K> | null
  onSort(next: SortState<K>): void
  sortKey: K
}) {
  const direction = sort?.key === sortKey ? sort.direction : null
  return (
    <button type="button" className="cgrid__sort" onClick={() => onSort(nextSort(sort, sortKey))}>
      <span>{column.header}</span>
      <span className="cgrid__sort-mark" aria-hidden="true">
        {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
      </span>
    </button>
  )
}
