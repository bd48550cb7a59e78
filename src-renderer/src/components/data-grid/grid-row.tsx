import type { ChangeEvent, MouseEvent } from 'react'
import type { GridColumn } from './grid-types'

interface GridRowProps<T, K extends string> {
  domId: string
  index: number
  offset: number
  row: T
  columns: GridColumn<T, K>[]
  active: boolean
  selected: boolean
  /** The row's checkbox; absent when the grid is not selectable. */
  check?: {
    label: string
    /** `shift`: extend the selection from the anchor. */
    onCheck(shift: boolean): void
  }
  /** A click anywhere on the row but its checkbox: the grid decides between opening and selecting. */
  onClick(event: MouseEvent): void
}

const cellClass = (numeric?: boolean): string => `data-grid__cell${numeric ? ' data-grid__cell--numeric' : ''}`

export function GridRow<T, K extends string>(props: GridRowProps<T, K>) {
  const { index, offset, active, selected, check } = props
  // React fires a checkbox's change from its click, so the native event carries Shift.
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const native = event.nativeEvent
    check?.onCheck('shiftKey' in native && native.shiftKey === true)
  }
  return (
    <div
      role="row"
      id={props.domId}
      aria-rowindex={index + 2}
      aria-selected={check ? selected : undefined}
      className={`data-grid__row data-grid__row--body${active ? ' is-active' : ''}${selected ? ' is-selected' : ''}`}
      style={{ transform: `translateY(${offset}px)` }}
      onClick={props.onClick}
    >
      {check && (
        <div role="gridcell" className="data-grid__cell data-grid__cell--check" onClick={(event) => event.stopPropagation()}>
          <input type="checkbox" tabIndex={-1} aria-label={check.label} checked={selected} onChange={onChange} />
        </div>
      )}
      {props.columns.map((column) => (
        <div key={column.id} role="gridcell" className={cellClass(column.numeric)} title={column.title?.(props.row)}>
          {column.render(props.row)}
        </div>
      ))}
    </div>
  )
}

/** A row whose page is still loading: same height, no content, announced as busy. */
export function GridRowPlaceholder({
  index,
  offset,
  columns,
  selectable,
  label,
}: {
  index: number
  offset: number
  columns: number
  selectable: boolean
  label: string
}) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-busy="true"
      className="data-grid__row data-grid__row--body data-grid__row--loading"
      style={{ transform: `translateY(${offset}px)` }}
    >
      {selectable && <div role="gridcell" className="data-grid__cell data-grid__cell--check" />}
      <div role="gridcell" className="data-grid__cell data-grid__cell--placeholder" aria-colspan={columns}>
        <span className="visually-hidden">{label}</span>
      </div>
    </div>
  )
}
