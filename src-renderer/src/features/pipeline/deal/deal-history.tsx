import { useTranslation } from 'react-i18next'
import type { DealDetail } from '../../../../../src-shared/domain/deal-types'
import { useFormat } from '../../../lib/use-format'

const DAY_MS = 86_400_000

/** Every stage the deal entered, with the date and how long it stayed (until the next move, or now). */
export function DealHistory({ deal }: { deal: DealDetail }) {
  const { t } = useTranslation()
  const f = useFormat()
  const now = Date.now()
  return (
    <ol className="deal-history">
      {deal.history.map((visit, i) => {
        const next = deal.history[i + 1]
        const days = Math.floor(((next ? Date.parse(next.at) : now) - Date.parse(visit.at)) / DAY_MS)
        return (
          <li key={visit.historyId} className="deal-history__item">
            <time dateTime={visit.at} className="tabular">
              {f.dateTime(visit.at)}
            </time>
            <span>
              {visit.fromStage === null
                ? t('pipeline:deal.historyEntered', { stage: visit.toStage })
                : t('pipeline:deal.historyMoved', { from: visit.fromStage, to: visit.toStage })}
            </span>
            <span className="muted">{t('pipeline:deal.historyStayed', { count: days })}</span>
          </li>
        )
      })}
    </ol>
  )
}
