import { useTranslation } from 'react-i18next'
import type { ImportReport } from '../../../../../src-shared/ipc/channels/csv-import'
import { useFormat } from '../../../lib/use-format'
import { InFileGroups } from './in-file-groups'
import { UpdateList } from './update-list'

/** Created / updated / skipped / failed, then the first problems with row, column and reason. */
export function ReportSummary({ report, title }: { report: ImportReport; title: string }) {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  const format = useFormat()
  const errors = report.issues.filter((i) => i.severity === 'error')
  return (
    <section className="ie-report" aria-label={title}>
      <h3>{title}</h3>
      <p role="status">
        {t('summary', {
          rows: format.number(report.rows),
          created: format.number(report.created),
          updated: format.number(report.updated),
          skipped: format.number(report.skipped),
          failed: format.number(report.failed),
        })}
      </p>
      <dl className="ie-counts">
        {(['created', 'updated', 'skipped', 'failed'] as const).map((k) => (
          <div key={k}>
            <dt>{t(`counts.${k}`)}</dt>
            <dd className="tabular">{format.number(report[k])}</dd>
          </div>
        ))}
      </dl>
      <InFileGroups duplicates={report.inFileDuplicates} />
      <UpdateList updates={report.updates} />
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
      {report.issueCount > 20 && <p className="muted">{t('moreIssues', { count: format.number(report.issueCount) })}</p>}
    </section>
  )
}
