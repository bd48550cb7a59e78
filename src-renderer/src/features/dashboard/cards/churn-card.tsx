import { useTranslation } from 'react-i18next'
import type { ChurnFeature, ChurnResult } from '../../../../../src-shared/domain/analytics'
import { useEnumLabel } from '../../../lib/use-enum-label'
import { useFormat, type Formatters } from '../../../lib/use-format'
import { useNavigationStore } from '../../../stores/navigation'
import { InsightCard } from '../insight-card'
import { churnDrivers } from './churn-drivers'
import { churnReasons } from './churn-reasons'
import { FollowUpButton } from './follow-up-button'

/** A customer counts as lapsed after this many days without buying (the model's window). */
const WINDOW_DAYS = 180

/** The customers most likely to lapse, why, and a follow-up task for each in one click. */
export function ChurnCard() {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <InsightCard
      wide
      title={t('dashboard:churn.title')}
      note={t('dashboard:churn.asOfToday')}
      channel="analytics.churn"
      input={{ windowDays: WINDOW_DAYS, limit: 10 }}
      method={(data) => (
        <p>
          {t('dashboard:churn.method', {
            training: f.number(data.model.trainingCustomers),
            churned: f.number(data.model.churnedInWindow),
            cutoff: f.date(data.model.cutoff),
            auc: f.number(data.model.auc, 3),
          })}
        </p>
      )}
    >
      {(data) => <ChurnList data={data} />}
    </InsightCard>
  )
}

function ChurnList({ data }: { data: ChurnResult }) {
  const { t } = useTranslation()
  const f = useFormat()
  const label = useEnumLabel()
  const navigate = useNavigationStore((s) => s.navigate)
  if (data.customers.length === 0) return <p className="muted">{t('dashboard:churn.empty')}</p>
  const drivers = churnDrivers(data.model.coefficients)
  return (
    <table className="data-table data-table--wrap churn-table">
      <caption className="muted">{t('dashboard:churn.caption', { days: f.number(data.model.windowDays) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard:churn.customer')}</th>
          <th scope="col" className="num">
            {t('dashboard:churn.probability')}
          </th>
          <th scope="col">{t('dashboard:churn.drivers')}</th>
          <th scope="col">{t('drill:churnWhy')}</th>
          <th scope="col">{t('dashboard:churn.action')}</th>
        </tr>
      </thead>
      <tbody>
        {data.customers.map((c) => {
          const percent = f.percent(c.probability)
          return (
            <tr key={c.id}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button dashboard-link"
                  onClick={() => navigate({ page: 'customer', id: String(c.id) })}
                >
                  {c.name}
                </button>
              </th>
              <td className="num">{percent}</td>
              <td>
                {drivers
                  .map((feature) =>
                    t('dashboard:churn.feature', {
                      feature: label('churnFeature', feature),
                      value: featureValue(feature, c.features[feature], f, t('dashboard:noData')),
                    }),
                  )
                  .join(t('dashboard:listSeparator'))}
              </td>
              <td>{churnReasons(c, t, f).join(t('dashboard:listSeparator'))}</td>
              <td>
                <FollowUpButton customerId={c.id} title={t('dashboard:churn.taskTitle', { name: c.name, percent })} />
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

/** A feature's figure as people read it: money for spend, a score with one decimal, else a count. */
function featureValue(feature: ChurnFeature, value: number | null, f: Formatters, none: string): string {
  if (value === null) return none
  if (feature === 'monetary') return f.money(value)
  return f.number(value, feature === 'lastSatisfaction' ? 1 : 0)
}
