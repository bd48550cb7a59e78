import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PreviewRow } from '../../../../../src-shared/ipc/channels/csv-import'

/** The first rows as read, each with its problems (row, column, reason); can show only problem rows. */
export function PreviewGrid({ header, rows }: { header: string[]; rows: PreviewRow[] }) {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  const [onlyErrors, setOnlyErrors] = useState(false)
  const shown = onlyErrors ? rows.filter((r) => r.issues.length > 0) : rows
  return (
    <div className="ie-preview">
      <p className="ie-hint">{t('previewHint', { count: rows.length })}</p>
      <label className="ie-check">
        <input type="checkbox" checked={onlyErrors} onChange={(e) => setOnlyErrors(e.target.checked)} /> {t('onlyErrors')}
      </label>
      <div className="ie-scroll">
        <table className="ie-table" aria-label={t('steps.preview')}>
          <thead>
            <tr>
              <th scope="col">{t('row')}</th>
              {header.map((h, i) => <th scope="col" key={i}>{h}</th>)}
              <th scope="col">{t('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.row} className={r.issues.some((i) => i.severity === 'error') ? 'is-error' : undefined}>
                <td className="tabular">{r.row}</td>
                {r.cells.map((c, i) => <td key={i}>{c}</td>)}
                <td>
                  {r.issues.map((issue, i) => (
                    <div key={i} className={`ie-issue ie-issue--${issue.severity}`}>
                      {t(issue.severity === 'error' ? 'error' : 'warning')}: {issue.column ? `${issue.column}: ` : ''}{issue.reason}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 && <p className="ie-hint">{t('noProblems')}</p>}
    </div>
  )
}
