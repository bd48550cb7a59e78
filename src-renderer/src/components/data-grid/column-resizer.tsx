import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'

/** The narrowest a column can be dragged, and how far one arrow key press moves its edge. */
export const MIN_COLUMN_WIDTH = 48
const KEY_STEP = 16

interface ColumnResizerProps {
  column: string
  onResize(width: number): void
}

/**
 * The right edge of a header cell: drag it, or focus it and press ← / →, to set the column's
 * width. The width is reported in CSS pixels; the caller keeps it (and may remember it).
 */
export function ColumnResizer({ column, onResize }: ColumnResizerProps) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  const drag = useRef<{ x: number; width: number } | null>(null)
  const cellWidth = (): number => ref.current?.parentElement?.getBoundingClientRect().width ?? MIN_COLUMN_WIDTH
  const report = (width: number): void => onResize(Math.max(MIN_COLUMN_WIDTH, Math.round(width)))
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    event.preventDefault()
    event.stopPropagation()
    event.currentTarget.setPointerCapture?.(event.pointerId)
    drag.current = { x: event.clientX, width: cellWidth() }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (drag.current) report(drag.current.width + event.clientX - drag.current.x)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = event.key === 'ArrowRight' ? KEY_STEP : event.key === 'ArrowLeft' ? -KEY_STEP : 0
    if (step === 0) return
    event.preventDefault()
    event.stopPropagation()
    report(cellWidth() + step)
  }
  return (
    <div
      ref={ref}
      role="separator"
      aria-orientation="vertical"
      aria-label={t('common:resizeColumn', { column })}
      tabIndex={0}
      className="data-grid__resizer"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={onKeyDown}
      onClick={(event) => event.stopPropagation()}
    />
  )
}
