import { useTranslation } from 'react-i18next'
import {
  BEFORE_AFTER_FIGURES,
  CHANGE_KIND,
  type BeforeAfterFigure,
  type BeforeAfterReport,
  type BeforeAfterValue,
} from '../../../../../src-shared/domain/before-after-types'
import { useFormat, type Formatters } from '../../../lib/use-format'

/** A figure as people read it: money, a count, a share, a CSAT percentage or an NPS score. */
function shown(figure: BeforeAfterFigure, value: number, f: Formatters): string {
  if (figure === 'revenue' || figure === 'averageOrderValue' || figure === 'campaignCost') return f.money(value)
  if (figure === 'returningShare') return f.percent(value)
  if (figure === 'csat') return f.percent(value / 100)
  return f.number(value, figure === 'nps' ? 1 : 0)
}

/** Signed, so a fall reads as one: "+12.5 %", "−3.0 pts". */
const signed = (text: string, value: number): string => (value > 0 ? `+${text}` : value < 0 ? `−${text.replace(/^-/, '')}` : text)

/** The two periods side by side, each figure's change, and a reason where a side has none. */
export function BeforeAfterTable({ report }: { report: BeforeAfterReport }) {
  const { t } = useTranslation()
  const f = useFormat()
  const cell = (figure: BeforeAfterFigure, side: BeforeAfterValue) =>
    side.value === null ? <span className="muted">{t(`beforeAfter:reasons.${side.reason}`)}</span> : shown(figure, side.value, f)
  const change = (figure: BeforeAfterFigure, value: number | null): string => {
    if (value === null) return t('dashboard:noData')
    if (CHANGE_KIND[figure] === 'ratio') return signed(f.percent(value), value)
    // Shares are fractions: their points are hundredths; CSAT and NPS are already in points.
    const points = figure === 'returningShare' ? value * 100 : value
    return signed(t('beforeAfter:points', { value: f.number(points, 1) }), points)
  }
  return (
    <table className="data-table before-after__table">
      <thead>
        <tr>
          <th scope="col">{t('beforeAfter:figure')}</th>
          <th scope="col" className="num">
            {t('beforeAfter:before')}
          </th>
          <th scope="col" className="num">
            {t('beforeAfter:after')}
          </th>
          <th scope="col" className="num">
            {t('beforeAfter:change')}
          </th>
        </tr>
      </thead>
      <tbody>
        {BEFORE_AFTER_FIGURES.map((figure) => {
          const row = report.figures[figure]
          return (
            <tr key={figure}>
              <th scope="row">{t(`beforeAfter:figures.${figure}`)}</th>
              <td className="num">{cell(figure, row.before)}</td>
              <td className="num">{cell(figure, row.after)}</td>
              <td className="num">{change(figure, row.change)}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
