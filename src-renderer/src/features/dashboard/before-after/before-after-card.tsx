import { format } from 'date-fns/format'
import { subDays } from 'date-fns/subDays'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Section } from '../../../components/section'
import { errorMessage } from '../../../lib/ipc'
import { useQuery } from '../../../lib/use-query'
import { ANALYTICS_ENTITIES } from '../api/entities'
import { BeforeAfterTable } from './before-after-table'
import { ComparedDays } from './compared-days'
import './before-after.css'

const DEFAULT_DAYS = 28
const MAX_DAYS = 366

/**
 * "Did this change help?": the owner picks the day of a change and a length; the card compares
 * the equal periods before and after it (dashboard.beforeAfter), independent of the page's period.
 */
export function BeforeAfterCard() {
  const { t } = useTranslation()
  // By default the last complete pair: the change 28 days ago, its after period ending yesterday.
  const [date, setDate] = useState(() => format(subDays(new Date(), DEFAULT_DAYS), 'yyyy-MM-dd'))
  const [days, setDays] = useState(DEFAULT_DAYS)
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && Number.isInteger(days) && days >= 1 && days <= MAX_DAYS
  const { data, error } = useQuery('dashboard.beforeAfter', valid ? { date, days } : null, { entities: ANALYTICS_ENTITIES })
  return (
    <div className="before-after dashboard-card--wide">
      <Section title={t('beforeAfter:title')} card>
        <p className="muted">{t('beforeAfter:intro')}</p>
        <div className="before-after__inputs no-print">
          <label className="field-inline">
            <span>{t('beforeAfter:date')}</span>
            <input type="date" className="input" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="field-inline">
            <span>{t('beforeAfter:days')}</span>
            <input
              type="number"
              className="input input--sm"
              min={1}
              max={MAX_DAYS}
              value={Number.isNaN(days) ? '' : days}
              onChange={(e) => setDays(e.target.valueAsNumber)}
            />
          </label>
        </div>
        {error !== undefined ? (
          <p role="alert" className="form-error">
            {t('dashboard:failed', { message: errorMessage(error) })}
          </p>
        ) : !data ? (
          valid && <p className="muted">{t('dashboard:loading')}</p>
        ) : (
          <>
            <ComparedDays report={data} />
            <BeforeAfterTable report={data} />
            <p className="muted before-after__note">{t('beforeAfter:costNote')}</p>
          </>
        )}
      </Section>
    </div>
  )
}
