import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LIFECYCLE_STAGES } from '../../../../../src-shared/domain/segment'
import { Badge } from '../../../components/badge'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import { SEGMENT_ENTITIES } from './entities'
import { STAGE_TONE } from './stage-tone'

const NS = 'marketing-segments:lifecycle'

/** How many customers are in each lifecycle stage, the rule in words, and the lapsed-days setting. */
export function LifecycleDistribution() {
  const { t } = useTranslation()
  const f = useFormat()
  const run = useActionRunner()
  const { data } = useQuery('segments.lifecycleDistribution', {}, { entities: SEGMENT_ENTITIES })
  const [days, setDays] = useState('')
  useEffect(() => setDays(data ? String(data.lapsedDays) : ''), [data])
  const total = data ? LIFECYCLE_STAGES.reduce((a, s) => a + data.stages[s], 0) : 0
  const saveDays = (): void => {
    const n = Math.round(Number(days))
    if (data && n !== data.lapsedDays) void run(() => call('segments.setLapsedDays', { days: n }))
  }
  return (
    <section className="stack lifecycle-distribution" aria-label={t(`${NS}.distribution`)}>
      <h2>{t(`${NS}.distribution`)}</h2>
      {data && (
        <table className="data-table">
          <tbody>
            {LIFECYCLE_STAGES.map((s) => (
              <tr key={s}>
                <td>
                  <Badge tone={STAGE_TONE[s]}>{t(`${NS}.stages.${s}`)}</Badge>
                </td>
                <td className="num">{f.number(data.stages[s])}</td>
                <td className="num muted">{total > 0 ? f.percent(data.stages[s] / total) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && <p className="muted">{t(`${NS}.rule`, { days: data.lapsedDays })}</p>}
      {data && <p className="muted">{data.asOf ? t(`${NS}.asOf`, { date: f.date(data.asOf) }) : t(`${NS}.noChurn`)}</p>}
      <label className="segment-rule__inline">
        {t(`${NS}.lapsedDays`)}
        <input
          type="number"
          min={30}
          max={3650}
          className="segment-rule__number"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          onBlur={saveDays}
          onKeyDown={(e) => e.key === 'Enter' && saveDays()}
        />
      </label>
    </section>
  )
}
