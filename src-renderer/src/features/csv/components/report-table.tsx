import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../lib/use-format'

/** A titled list in an import report: what it is, a table of the first entries, how many in all. */
export function ReportTable({
  title,
  intro,
  columns,
  shown,
  total,
  children,
}: {
  title: string
  intro: ReactNode
  columns: string[]
  shown: number
  total: number
  children: ReactNode
}) {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  const format = useFormat()
  return (
    <section className="stack" aria-label={title}>
      <h4>{title}</h4>
      {intro}
      <div className="ie-scroll">
        <table className="data-table data-table--wrap" aria-label={title}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
      {total > shown && <p className="muted">{t('listedFirst', { shown: format.number(shown), count: format.number(total) })}</p>}
    </section>
  )
}
