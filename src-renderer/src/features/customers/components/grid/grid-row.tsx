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
  checkboxLabel: string
  /** The row's checkbox; `shift` extends the selection from the anchor. */
  onCheck(shift: boolean): void
  onClick(event: MouseEvent): void
  onOpen(): void
}

const cellClass = (numeric?: boolean): string => `cgrid__cell${numeric ? ' cgrid__cell--numeric' : ''}`

export function GridRow<T, K extends string>(props: GridRowProps<T, K>) {
  const { index, offset, active, selected } = props
  // React fires a checkbox's change from its click, so the native event carries Shift.
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const native = event.nativeEvent
    props.onCheck('shiftKey' in native && native.shiftKey === true)
  }
  return (
    <div
      role="row"
      id={props.domId}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`cgrid__row cgrid__row--body${active ? ' is-active' : ''}${selected ? ' is-selected' : ''}`}
      style={{ transform: `translateY(${offset}px)` }}
      onClick={props.onClick}
      onDoubleClick={props.onOpen}
    >
      <div role="gridcell" className="cgrid__cell cgrid__cell--check" onClick={(event) => event.stopPropagation()}>
        <input type="checkbox" tabIndex={-1} aria-label={props.checkboxLabel} checked={selected} onChange={onChange} />
      </div>
      {props.columns.map((column) => (
        <div key={column.id} role="gridcell" className={cellClass(column.numeric)}>
          {column.render(props.row)}
        </div>
      ))}
    </div>
  )
}

/** A row whose page is still loading: same height, no content, announced as busy. */
export function GridRowPlaceholder({ index, offset, columns, label }: { index: number; offset: number; columns: number; label: string }) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-busy="true"
      className="cgrid__row cgrid__row--body cgrid__row--loading"
      style={{ transform: `translateY(${offset}px)` }}
    >
      <div role="gridcell" className="cgrid__cell cgrid__cell--check" />
      <div role="gridcell" className="cgrid__cell cgrid__cell--placeholder" aria-colspan={columns}>
        <span className="visually-hidden">{label}</span>
      </div>
    </div>
  )
}
