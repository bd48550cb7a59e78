import { useTranslation } from 'react-i18next'
import type { marketingSegments } from '../../../../../src-shared/i18n/locales/en/marketing-segments'
import type { CustomerLifecycle } from '../../../../../src-shared/ipc/channels/segments'
import { Badge } from '../../../components/badge'
import { useFormat, type Formatters } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import type { RecordPanelProps } from '../../../registries/record-panels'
import { SEGMENT_ENTITIES } from './entities'
import { STAGE_TONE } from './stage-tone'

const NS = 'marketing-segments:lifecycle'

/** On the customer page: their lifecycle stage and why, in words. */
export function LifecyclePanel({ recordId: customerId }: RecordPanelProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const { data } = useQuery('segments.lifecycle', { customerId }, { entities: SEGMENT_ENTITIES })
  if (!data) return null
  return (
    <div className="stack" data-testid="lifecycle-panel">
      <div>
        <Badge tone={STAGE_TONE[data.stage]}>{t(`${NS}.stages.${data.stage}`)}</Badge>
      </div>
      {reasons(data, f).map(([key, params]) => (
        <p key={key} className="muted">
          {t(`${NS}.why.${key}`, params)}
        </p>
      ))}
    </div>
  )
}

/** A sentence of the catalog's `lifecycle.why` and its values. */
type Reason = [key: keyof (typeof marketingSegments)['lifecycle']['why'], params: Record<string, string | number>]

function reasons(d: CustomerLifecycle, f: Formatters): Reason[] {
  const days = f.number(d.daysSince ?? 0)
  const gap = f.number(d.averageGapDays ?? 0, 0)
  const count = f.number(d.orders)
  switch (d.stage) {
    case 'lead':
      return [['lead', {}]]
    case 'new':
      return [['new', { days }]]
    case 'returning':
      return [['returning', { count, gap, days }]]
    case 'lapsed':
      return [['lapsed', { days, lapsedDays: f.number(d.lapsedDays) }]]
    case 'atRisk':
      return [
        ...(d.overdue ? [['overdue', { count, gap, days }] as Reason] : []),
        ...(d.churnHigh && d.asOf ? [['churnHigh', { date: f.date(d.asOf) }] as Reason] : []),
      ]
  }
}
