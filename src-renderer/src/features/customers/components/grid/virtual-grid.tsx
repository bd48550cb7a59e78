import { useEffect, useId, useRef, useState, type CSSProperties, type Ref } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { GridHeader } from './grid-header'
import { GridRow, GridRowPlaceholder } from './grid-row'
import { useGridKeyboard } from './use-grid-keyboard'
import type { GridColumn, SortState } from './grid-types'
import { extendTo, toggle, type Selection } from '../../lib/selection'

/** Must match --table-row-height (tokens.css): the virtualizer places rows by this height. */
export const ROW_HEIGHT = 32
const HEADER_HEIGHT = ROW_HEIGHT

export interface GridLabels {
  grid: string
  selectAll: string
  selectRow(row: string): string
  loading: string
}

export interface VirtualGridProps<T, K extends string, Id> {
  labels: GridLabels
  count: number
  /** The row at an index, or undefined while its page loads. */
  rowAt(index: number): T | undefined
  columns: GridColumn<T, K>[]
  sort: SortState<K> | null
  onSort(next: SortState<K>): void
  getId(row: T): Id
  rowName(row: T): string
  selection: Selection<Id>
  onSelectionChange(next: Selection<Id>): void
  onSelectAll(): void
  /** Rows the user can see (plus overscan): the caller loads their pages. */
  onRangeChange(start: number, end: number): void
  onOpen(row: T): void
  gridRef?: Ref<HTMLDivElement>
}

/**
 * A dense, virtualized ARIA grid: only the visible rows (plus overscan) are in the DOM, placed
 * by absolute offset in a body as tall as all rows, under a sticky header. Focus stays on the
 * grid; the active row is announced with `aria-activedescendant`, so arrows work even when the
 * row was not rendered a moment ago.
 */
export function VirtualGrid<T, K extends string, Id>(props: VirtualGridProps<T, K, Id>) {
  const { count, rowAt, columns, selection, onSelectionChange, getId, onRangeChange } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)
  const baseId = useId()
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? -1

  useEffect(() => {
    if (last >= first) onRangeChange(first, last)
  }, [first, last, onRangeChange])

  const idAt = (index: number): Id | undefined => {
    const row = rowAt(index)
    return row === undefined ? undefined : getId(row)
  }
  const moveTo = (index: number): void => {
    const next = Math.max(0, Math.min(count - 1, index))
    setActive(next)
    virtualizer.scrollToIndex(next, { align: 'auto' })
  }
  const onKeyDown = useGridKeyboard({
    active,
    count,
    pageRows: Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1),
    moveTo,
    toggleActive: () => {
      const id = idAt(active)
      if (id !== undefined) onSelectionChange(toggle(selection, active, id))
    },
    extendTo: (index) => onSelectionChange(extendTo(selection.anchor === null ? { ...selection, anchor: active } : selection, index, idAt)),
    open: () => {
      const row = rowAt(active)
      if (row !== undefined) props.onOpen(row)
    },
    selectAll: props.onSelectAll,
    clearSelection: () => onSelectionChange({ all: false, ids: new Set(), anchor: null }),
  })

  const clickRow = (index: number, row: T, event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): void => {
    setActive(index)
    if (event.shiftKey) onSelectionChange(extendTo(selection, index, idAt))
    else if (event.ctrlKey || event.metaKey) onSelectionChange(toggle(selection, index, getId(row)))
  }

  // Rows are separate grids; one custom property keeps their columns aligned with the header.
  const template = { '--cgrid-columns': ['40px', ...columns.map((c) => c.width)].join(' ') } as CSSProperties
  const rowDomId = (index: number): string => `${baseId}-row-${index}`
  return (
    <div
      ref={props.gridRef}
      role="grid"
      aria-label={props.labels.grid}
      aria-rowcount={count + 1}
      aria-colcount={columns.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={count > 0 && rowAt(active) !== undefined ? rowDomId(active) : undefined}
      tabIndex={0}
      className="cgrid"
      style={template}
      onKeyDown={onKeyDown}
    >
      <div ref={scrollRef} className="cgrid__scroll">
        <GridHeader
          columns={columns}
          sort={props.sort}
          onSort={props.onSort}
          selection={selection}
          count={count}
          selectAllLabel={props.labels.selectAll}
          onToggleAll={(checked) => (checked ? props.onSelectAll() : onSelectionChange({ all: false, ids: new Set(), anchor: null }))}
        />
        <div role="rowgroup" className="cgrid__body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index)
            const offset = item.start - HEADER_HEIGHT
            if (row === undefined)
              return <GridRowPlaceholder key={item.key} index={item.index} offset={offset} columns={columns.length} label={props.labels.loading} />
            const id = getId(row)
            return (
              <GridRow
                key={item.key}
                domId={rowDomId(item.index)}
                index={item.index}
                offset={offset}
                row={row}
                columns={columns}
                active={item.index === active}
                selected={selection.all !== selection.ids.has(id)}
                checkboxLabel={props.labels.selectRow(props.rowName(row))}
                onCheck={(shift) =>
                  onSelectionChange(shift ? extendTo(selection, item.index, idAt) : toggle(selection, item.index, id))
                }
                onClick={(event) => clickRow(item.index, row, event)}
                onOpen={() => props.onOpen(row)}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}
