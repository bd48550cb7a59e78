import { useTranslation } from 'react-i18next'
import type { BundleProduct, BundlesResult } from '../../../../../src-shared/domain/analytics'
import { useFormat } from '../../../lib/use-format'
import type { DayRange } from '../../../../../src-shared/domain/dashboard-types'
import { drillToBundleOrders } from '../drill/drill-to'
import { InsightCard } from '../insight-card'
import { useDashboardPeriod } from '../period/period-store'

/** The strongest "bought together" rules in the period's orders: the products, how often the rule holds, and its lift. */
export function BundlesCard() {
  const { t } = useTranslation()
  const range = useDashboardPeriod((s) => s.range)
  return (
    <InsightCard title={t('dashboard:bundles.title')} channel="analytics.bundles" input={{ limit: 8, ...range }}>
      {(data) => <Bundles data={data} range={range} />}
    </InsightCard>
  )
}

function Bundles({ data, range }: { data: BundlesResult; range: DayRange }) {
  const { t } = useTranslation()
  const f = useFormat()
  const names = (products: BundleProduct[]): string => products.map((p) => p.name).join(' + ')
  if (data.rules.length === 0) return <p className="muted">{t('dashboard:bundles.empty')}</p>
  return (
    <table className="data-table data-table--wrap">
      <caption className="muted">{t('dashboard:bundles.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard:bundles.rule')}</th>
          <th scope="col" className="num">
            {t('dashboard:bundles.confidence')}
          </th>
          <th scope="col" className="num">
            {t('dashboard:bundles.lift')}
          </th>
          <th scope="col" className="num">
            {t('dashboard:bundles.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.rules.map((rule) => {
          const text = t('dashboard:bundles.then', { if: names(rule.antecedent), then: names(rule.consequent) })
          return (
            <tr key={text}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button dashboard-link"
                  onClick={() => drillToBundleOrders([...rule.antecedent, ...rule.consequent], range)}
                >
                  {text}
                </button>
              </th>
              <td className="num">{f.percent(rule.confidence)}</td>
              <td className="num">{f.number(rule.lift, 2)}</td>
              <td className="num">{f.number(rule.count)}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
