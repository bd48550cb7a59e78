import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from './button'
import { useFormat } from '../lib/use-format'

/** Where a paged list stands: its first row shown (0-based), `size` rows at a time; spread into `Pager`. */
export interface Page {
  offset: number
  size: number
  onOffset(next: number): void
}

/** A list's page, from the first. */
export function usePage(size: number): Page {
  const [offset, setOffset] = useState(0)
  return { offset, size, onOffset: setOffset }
}

export interface PagerProps extends Page {
  /** How many rows the whole list has. */
  total: number
  /** The two buttons' words, previous then next, which say the list's order ("Newer", "Older"). */
  labels: readonly [previous: string, next: string]
  /** Names the page navigation for screen readers when a page has more than one. */
  label?: string
}

/** Previous / next over a list shown `size` rows at a time, with "1–50 of 1,234"; nothing when it fits on one page. */
export function Pager({ offset, size, total, onOffset, labels, label }: PagerProps) {
  const { t } = useTranslation()
  const f = useFormat()
  if (total <= size) return null
  return (
    <nav className="pager cluster" aria-label={label}>
      <Button size="sm" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - size))}>
        {labels[0]}
      </Button>
      <span className="tabular">
        {t('common:pagerRange', {
          from: f.number(offset + 1),
          to: f.number(Math.min(offset + size, total)),
          total: f.number(total),
        })}
      </span>
      <Button size="sm" disabled={offset + size >= total} onClick={() => onOffset(offset + size)}>
        {labels[1]}
      </Button>
    </nav>
  )
}
