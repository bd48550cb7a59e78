import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PreviewRow } from '../../../../../src-shared/ipc/channels/csv-import'

/** The first rows as read, each with its problems (row, column, reason); can show only problem rows. */
export function PreviewGrid({ header, rows }: { header: string[]; rows: PreviewRow[] }) {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  const [onlyErrors, setOnlyErrors] = useState(false)
  const shown = onlyErrors ? rows.filter((r) => r.issues.length > 0) : rows
  return (
    <div className="stack">
      <p className="muted">{t('previewHint', { count: rows.length })}</p>
      <label className="field-inline">
        <input type="checkbox" checked={onlyErrors} onChange={(e) => setOnlyErrors(e.target.checked)} /> {t('onlyErrors')}
      </label>
      <div className="ie-scroll">
        <table className="data-table data-table--wrap" aria-label={t('steps.preview')}>
          <thead>
            <tr>
              <th scope="col">{t('row')}</th>
              {header.map((h, i) => (
                <th scope="col" key={i}>
                  {h}
                </th>
              ))}
              <th scope="col">{t('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.row} className={r.issues.some((i) => i.severity === 'error') ? 'is-error' : undefined}>
                <td className="tabular">{r.row}</td>
                {r.cells.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
                <td>
                  {r.issues.map((issue, i) => (
                    <div key={i} className={issue.severity === 'error' ? 'form-error' : undefined}>
                      {t(issue.severity === 'error' ? 'error' : 'warning')}: {issue.column ? `${issue.column}: ` : ''}
                      {issue.reason}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p className="muted">{t('noProblems')}</p>}
    </div>
  )
}
