import type { ReactNode } from 'react'

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger'

export interface BadgeProps {
  tone?: BadgeTone
  children: ReactNode
  /** The whole meaning when the badge alone would be cryptic ("Overdue by 2 days"). */
  title?: string
}

/**
 * A short status word next to a name or in a table cell: "In Trash", "Won", "Overdue",
 * "Breach risk". Colour only repeats what the word says (never the sole signal).
 */
export function Badge({ tone = 'neutral', children, title }: BadgeProps) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  )
}
