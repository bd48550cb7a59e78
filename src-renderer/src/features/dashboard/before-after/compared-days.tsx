import { useTranslation } from 'react-i18next'
import type { BeforeAfterReport } from '../../../../../src-shared/domain/before-after-types'
import { useFormat } from '../../../lib/use-format'

/** The days compared, in words, and how many of the after period are still to come. */
export function ComparedDays({ report }: { report: BeforeAfterReport }) {
  const { t } = useTranslation()
  const { date } = useFormat()
  const { before, after, days, requestedDays, daysToCome } = report
  return (
    <p className="before-after__days">
      {t('beforeAfter:compared', {
        count: days,
        beforeFrom: date(before.from),
        beforeTo: date(before.to),
        afterFrom: date(after.from),
        afterTo: date(after.to),
      })}
      {daysToCome > 0 && (
        <strong className="before-after__to-come">
          {' '}
          {daysToCome === requestedDays
            ? t('beforeAfter:allToCome')
            : t('beforeAfter:toCome', { count: daysToCome, requested: requestedDays })}
        </strong>
      )}
    </p>
  )
}
