import { useTranslation } from 'react-i18next'
import type { FunnelResult } from '../../../../../src-shared/domain/analytics'
import { useFormat } from '../../../lib/use-format'

/** The funnel in words: where deals are lost most, where they wait longest, how many make it. */
export function FunnelSummary({ data }: { data: FunnelResult }) {
  const { t } = useTranslation()
  const f = useFormat()
  const at = data.stages.findIndex((s) => s.stageId === data.bottleneckStageId)
  const slowest = data.stages.find((s) => s.stageId === data.slowestStageId)
  const last = data.stages.at(-1)
  return (
    <ul className="funnel-summary">
      <li>
        {at > 0
          ? t('pipeline:funnel.bottleneck', {
              from: data.stages[at - 1].name,
              to: data.stages[at].name,
              drop: f.percent(data.stages[at].dropOff ?? 0),
            })
          : t('pipeline:funnel.noBottleneck')}
      </li>
      {slowest && slowest.medianDays !== null && (
        <li>{t('pipeline:funnel.slowest', { stage: slowest.name, days: f.number(slowest.medianDays, 1) })}</li>
      )}
      {data.overall !== null && last && (
        <li>{t('pipeline:funnel.overall', { percent: f.percent(data.overall), stage: last.name })}</li>
      )}
    </ul>
  )
}
