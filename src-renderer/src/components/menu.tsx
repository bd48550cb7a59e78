import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'

interface MenuProps {
  /** What the trigger says (a button-styled `<summary>`). */
  label: ReactNode
  /** The trigger's accessible name when `label` alone would not say enough. */
  ariaLabel?: string
  /** Extra classes of the panel (e.g. a wider or two-column panel). */
  panelClassName?: string
  /** The panel's content; `close` puts the menu away (after an action). */
  children(close: () => void): ReactNode
}

/**
 * A disclosure menu (`<details>`): the trigger opens a panel below it. The panel is placed to
 * stay inside the page's content area — right-aligned under its trigger when there is room,
 * else left-aligned, never under the sidebar — because a toolbar that wraps can put the
 * trigger anywhere. Esc or a click outside closes it and focus goes back to the trigger.
 */
export function Menu({ label, ariaLabel, panelClassName, children }: MenuProps) {
  const ref = useRef<HTMLDetailsElement>(null)
  const panel = useRef<HTMLDivElement>(null)
  const [open, setOpen] = useState(false)
  const [left, setLeft] = useState<number | null>(null)
  const close = (): void => {
    setOpen(false)
    ref.current?.querySelector('summary')?.focus()
  }

  useLayoutEffect(() => {
    if (!open) return
    const place = (): void => {
      if (ref.current && panel.current) setLeft(panelOffset(ref.current, panel.current.offsetWidth))
    }
    place()
    window.addEventListener('resize', place)
    return () => window.removeEventListener('resize', place)
  }, [open])

  useEffect(() => {
    if (!open) return
    const outside = (event: PointerEvent): void => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open])

  return (
    <details
      ref={ref}
      className="menu"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return
        event.preventDefault()
        event.stopPropagation()
        close()
      }}
    >
      <summary className="btn btn--ghost btn--sm" aria-label={ariaLabel}>
        {label}
      </summary>
      <div
        ref={panel}
        className={`menu__panel${panelClassName ? ` ${panelClassName}` : ''}`}
        style={left === null ? undefined : { left, right: 'auto' }}
      >
        {open && children(close)}
      </div>
    </details>
  )
}

/**
 * Where the panel starts, relative to its trigger: right edges aligned when that stays inside
 * the content area (the `<main>` the menu is in, else the window), else the left edges, then
 * pulled back inside on the right.
 */
export function panelOffset(menu: Element, width: number): number {
  const trigger = menu.getBoundingClientRect()
  const area = (menu.closest('main') ?? document.documentElement).getBoundingClientRect()
  let start = trigger.right - width
  if (start < area.left) start = trigger.left
  start = Math.max(area.left, Math.min(start, area.right - width))
  return start - trigger.left
}
