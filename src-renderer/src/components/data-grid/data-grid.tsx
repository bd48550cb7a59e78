import { useEffect, useId, useRef, useState, type CSSProperties, type MouseEvent, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { useVirtualizer } from '@tanstack/react-virtual'
import { emptySelection, extendTo, isSelected, toggle, type Selection } from '../../lib/selection'
import { GridHeader } from './grid-header'
import { GridRow, GridRowPlaceholder } from './grid-row'
import { gridTemplate, type ColumnWidths, type GridColumn, type SortState } from './grid-types'
import { useGridKeyboard } from './use-grid-keyboard'

/** Must match --table-row-height (tokens.css): the virtualizer places rows by this height. */
export const ROW_HEIGHT = 32
const HEADER_HEIGHT = ROW_HEIGHT

export interface GridLabels {
  /** The grid's accessible name, e.g. "Customers". */
  grid: string
  selectAll?: string
  selectRow?(row: string): string
}

/** Multi-select with checkboxes, Shift ranges, Ctrl/Cmd+A and Esc; the caller keeps the state. */
export interface GridSelection<Id> {
  value: Selection<Id>
  onChange(next: Selection<Id>): void
  /** "All rows of the query", which may be more than are loaded. */
  onSelectAll(): void
}

export interface DataGridProps<T, K extends string, Id> {
  labels: GridLabels
  count: number
  /** The row at an index, or undefined while its page loads. */
  rowAt(index: number): T | undefined
  /** The visible columns in order (the caller's column choice). */
  columns: GridColumn<T, K>[]
  sort?: SortState<K> | null
  onSort?(next: SortState<K>): void
  /** Widths the user dragged; with `onResize`, header edges can be dragged. */
  widths?: ColumnWidths
  onResize?(columnId: string, width: number): void
  getId(row: T): Id
  /** How a row is named in its checkbox label ("Select 张三"); needed with `selection`. */
  rowName?(row: T): string
  selection?: GridSelection<Id>
  /** Rows the user can see (plus overscan): the caller loads their pages. */
  onRangeChange(start: number, end: number): void
  /** Opens a row; `index` lets the caller come back to it (`initialActive`). */
  onOpen(row: T, index: number): void
  /** The row that starts active and in view, e.g. the one the user opened before coming back. */
  initialActive?: number
  /** A single-key action on the active row (the queue's status and priority keys); true when handled. */
  onRowKey?(row: T, key: string): boolean
  gridRef?: Ref<HTMLDivElement>
}

/** Rows kept beyond the view, so scrolling never shows an empty band. */
const OVERSCAN = 10

/**
 * None on the first render, OVERSCAN from the next task on: the first paint builds only the rows
 * in view (a third fewer on the start page, issue 9), and the rows past them follow at once.
 */
function useOverscanAfterFirstPaint(): number {
  const [overscan, setOverscan] = useState(0)
  useEffect(() => {
    const timer = setTimeout(() => setOverscan(OVERSCAN), 0)
    return () => clearTimeout(timer)
  }, [])
  return overscan
}

/**
 * A dense, virtualized ARIA grid over any row type: only the visible rows (plus overscan) are in
 * the DOM, placed by offset in a body as tall as all rows, under a sticky header. Focus stays on
 * the grid; arrows move the active row (announced with `aria-activedescendant`), Space ticks it,
 * Enter or a click opens it (Shift / Ctrl / Cmd clicks select). Sort, column choice and widths
 * are held by the caller.
 */
export function DataGrid<T, K extends string, Id>(props: DataGridProps<T, K, Id>) {
  const { count, rowAt, columns, selection, getId, onRangeChange } = props
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  // The count may still be 0 on mount (the first page has not answered): clamp when it is known.
  const [wanted, setActive] = useState(() => Math.max(0, props.initialActive ?? 0))
  const active = Math.max(0, Math.min(count - 1, wanted))
  const baseId = useId()
  const overscan = useOverscanAfterFirstPaint()
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan,
    scrollMargin: HEADER_HEIGHT,
    // Until the grid is measured after mount: the window's size, so the first render already
    // holds the rows in view rather than none (the start page's first rows, issue 9).
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? -1

  useEffect(() => {
    if (last >= first) onRangeChange(first, last)
  }, [first, last, onRangeChange])

  // Back from a row's page: that row is in view again (once, when the rows are counted).
  const startAt = useRef(wanted)
  useEffect(() => {
    if (startAt.current === 0 || count === 0) return
    virtualizer.scrollToIndex(Math.min(startAt.current, count - 1), { align: 'center' })
    startAt.current = 0
  }, [virtualizer, count])

  const idAt = (index: number): Id | undefined => {
    const row = rowAt(index)
    return row === undefined ? undefined : getId(row)
  }
  const select = (change: (value: Selection<Id>) => Selection<Id>): void => selection?.onChange(change(selection.value))
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
      if (id !== undefined) select((value) => toggle(value, active, id))
    },
    extendTo: (index) => select((value) => extendTo(value.anchor === null ? { ...value, anchor: active } : value, index, idAt)),
    open: () => {
      const row = rowAt(active)
      if (row !== undefined) props.onOpen(row, active)
    },
    selectAll: () => selection?.onSelectAll(),
    clearSelection: () => select(() => emptySelection<Id>()),
  })

  // One click opens, as in a list of links; Shift / Ctrl / Cmd clicks select instead, and a click
  // that ends a text selection (copying a phone number) or lands on a control of the cell does not.
  const clickRow = (index: number, row: T, event: MouseEvent): void => {
    setActive(index)
    if (event.shiftKey) select((value) => extendTo(value, index, idAt))
    else if (event.ctrlKey || event.metaKey) select((value) => toggle(value, index, getId(row)))
    else if (!selectingText() && !onControl(event)) props.onOpen(row, index)
  }

  // Rows are separate CSS grids; one custom property keeps their columns aligned with the header.
  const template = { '--data-grid-columns': gridTemplate(columns, props.widths ?? {}, Boolean(selection)) } as CSSProperties
  const rowDomId = (index: number): string => `${baseId}-row-${index}`
  const { labels } = props
  return (
    <div
      ref={props.gridRef}
      role="grid"
      aria-label={labels.grid}
      aria-rowcount={count + 1}
      aria-colcount={columns.length + (selection ? 1 : 0)}
      aria-multiselectable={selection ? true : undefined}
      aria-activedescendant={count > 0 && rowAt(active) !== undefined ? rowDomId(active) : undefined}
      tabIndex={0}
      className="data-grid"
      style={template}
      onKeyDown={(event) => {
        const row = rowAt(active)
        const plain = !event.ctrlKey && !event.metaKey && !event.altKey
        if (plain && row !== undefined && props.onRowKey?.(row, event.key.toLowerCase())) event.preventDefault()
        else onKeyDown(event)
      }}
    >
      <div ref={scrollRef} className="data-grid__scroll">
        <GridHeader
          columns={columns}
          sort={props.sort ?? null}
          onSort={props.onSort}
          onResize={props.onResize}
          count={count}
          selection={
            selection && {
              value: selection.value,
              label: labels.selectAll ?? '',
              onToggleAll: (checked) => (checked ? selection.onSelectAll() : selection.onChange(emptySelection<Id>())),
            }
          }
        />
        <div role="rowgroup" className="data-grid__body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index)
            const offset = item.start - HEADER_HEIGHT
            if (row === undefined)
              return (
                <GridRowPlaceholder
                  key={item.key}
                  index={item.index}
                  offset={offset}
                  columns={columns.length}
                  selectable={Boolean(selection)}
                  label={t('common:loading')}
                />
              )
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
                selected={selection ? isSelected(selection.value, id) : false}
                check={
                  selection && {
                    label: labels.selectRow?.(props.rowName?.(row) ?? '') ?? '',
                    onCheck: (shift) =>
                      select((value) => (shift ? extendTo(value, item.index, idAt) : toggle(value, item.index, id))),
                  }
                }
                onClick={(event) => clickRow(item.index, row, event)}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}

const selectingText = (): boolean => (window.getSelection?.()?.toString() ?? '') !== ''

const onControl = (event: MouseEvent): boolean =>
  event.target instanceof Element && event.target.closest('a, button, input, select, textarea, label') !== null
