import { useId, type ReactNode } from 'react'

export interface SectionProps {
  /** The block's `<h2>`; it also names the region for screen readers. */
  title: string
  /** Drawn as a bordered card (a step of a page: the import wizard, a chart, a KPI group). */
  card?: boolean
  children: ReactNode
}

/** A titled block of a page, announced as a region named by its heading. */
export function Section({ title, card, children }: SectionProps) {
  const id = useId()
  return (
    <section className={card ? 'section section--card' : 'section'} aria-labelledby={id}>
      <h2 id={id} className="section__title">
        {title}
      </h2>
      {children}
    </section>
  )
}
