import { useTranslation } from 'react-i18next'
import type { ImportReport } from '../../../../../src-shared/ipc/channels/csv-import'

/** Created / updated / skipped / failed, then the first problems with row, column and reason. */
export function ReportSummary({ report, title }: { report: ImportReport; title: string }) {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  const errors = report.issues.filter((i) => i.severity === 'error')
  return (
    <section className="ie-report" aria-label={title}>
      <h3>{title}</h3>
      <p role="status">
        {t('summary', {
          rows: report.rows,
          created: report.created,
          updated: report.updated,
          skipped: report.skipped,
          failed: report.failed,
        })}
      </p>
      <dl className="ie-counts">
        {(['created', 'updated', 'skipped', 'failed'] as const).map((k) => (
          <div key={k}>
            <dt>{t(`counts.${k}`)}</dt>
            <dd className="tabular">{report[k]}</dd>
          </div>
        ))}
      </dl>
      {errors.length > 0 && (
        <ul className="ie-issues">
          {errors.slice(0, 20).map((i, n) => (
            <li key={n}>
              {t('row')} {i.row}
              {i.column ? ` · ${i.column}` : ''}: {i.reason}
            </li>
          ))}
        </ul>
      )}
      {report.issueCount > 20 && <p className="muted">{t('moreIssues', { count: report.issueCount })}</p>}
    </section>
  )
}
