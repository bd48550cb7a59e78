import { useId, type ReactNode } from 'react'

/** A titled block of the detail page, labelled by its heading for screen readers. */
export function DetailSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <section className="detail-section" aria-labelledby={id}>
      <h2 id={id} className="detail-section__title">{title}</h2>
      {children}
    </section>
  )
}
