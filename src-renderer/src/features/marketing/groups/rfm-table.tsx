import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import type { RfmOverview } from '../../../../../src-shared/domain/customer-groups'
import { enumText } from '../../../lib/enum-text'
import { useFormat } from '../../../lib/use-format'
import { MakeSegmentButton } from './make-segment-button'
import { ruleParts } from './rule-words'

/** One row per segment: its name, rule and meaning, then customers and revenue with their shares. */
export function RfmTable({ data }: { data: RfmOverview }) {
  const { t } = useTranslation()
  const f = useFormat()
  const names = data.segments.map((s) => enumText(f.locale, 'rfmSegment', s.key))
  return (
    <table className="data-table data-table--wrap rfm-table">
      <thead>
        <tr>
          <th scope="col">{t('marketing-groups:rfm.columns.segment')}</th>
          <th scope="col">{t('marketing-groups:rfm.columns.rule')}</th>
          <th scope="col">{t('marketing-groups:rfm.columns.meaning')}</th>
          <th scope="col" className="num">
            {t('marketing-groups:rfm.columns.customers')}
          </th>
          <th scope="col" className="num">
            {t('marketing-groups:rfm.columns.share')}
          </th>
          <th scope="col" className="num">
            {t('marketing-groups:rfm.columns.revenue')}
          </th>
          <th scope="col" className="num">
            {t('marketing-groups:rfm.columns.share')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('marketing-groups:rfm.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {data.segments.map((s, i) => (
          <tr key={s.key} data-segment={s.key}>
            <th scope="row">{names[i]}</th>
            <td>
              {ruleParts(s.rule, t, f.locale).map((part, p) => (
                <Fragment key={part}>
                  {p > 0 && t('marketing-groups:rule.separator')}
                  <span className="rfm-rule__part">{part}</span>
                </Fragment>
              ))}
            </td>
            <td>{t(`analytics:rfm.segments.${s.key}.explanation`)}</td>
            <td className="num tabular" data-customers={s.customers}>
              {f.number(s.customers)}
            </td>
            <td className="num tabular">{f.percent(s.customerShare)}</td>
            <td className="num tabular">{f.money(s.revenue)}</td>
            <td className="num tabular">{f.percent(s.revenueShare)}</td>
            <td>
              <MakeSegmentButton
                name={t('marketing-groups:segmentName.rfm', { segment: names[i] })}
                label={t('marketing-groups:makeSegmentOf', { name: names[i] })}
                rule={{ kind: 'rfm', segments: [s.key] }}
              />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            {t('marketing-groups:rfm.total')}
          </th>
          <td className="num tabular">{f.number(data.customers)}</td>
          <td />
          <td className="num tabular">{f.money(data.revenue)}</td>
          <td />
          <td />
        </tr>
      </tfoot>
    </table>
  )
}
