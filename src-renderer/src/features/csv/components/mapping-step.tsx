import { useTranslation } from 'react-i18next'
import type { ImportAnalysis } from '../../../../../src-shared/ipc/channels/csv-import'
import { Button } from '../../../components/button'
import type { ImportWizard } from '../hooks/use-import-wizard'

/** Step 2: one row per Kehu field, with the file column feeding it (suggested, editable). */
export function MappingStep({ wizard, analysis }: { wizard: ImportWizard; analysis: ImportAnalysis }) {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  const first = analysis.preview[0]?.cells ?? []
  return (
    <div className="stack">
      <p className="muted">{analysis.savedMapping ? t('savedMapping') : t('mappingHint')}</p>
      <table className="data-table data-table--wrap">
        <thead>
          <tr>
            <th scope="col">{t('field')}</th>
            <th scope="col">{t('column')}</th>
            <th scope="col">{t('firstValue')}</th>
          </tr>
        </thead>
        <tbody>
          {analysis.fields.map(({ key, required }) => {
            const header = analysis.mapping[key] ?? ''
            const label = t(`fields.${key}`, { defaultValue: key })
            return (
              <tr key={key}>
                <th scope="row">
                  {label}
                  {required && <span className="ie-required muted"> ({t('required')})</span>}
                </th>
                <td>
                  <select
                    className="input input--sm"
                    aria-label={label}
                    value={header}
                    onChange={(e) => wizard.mapField(key, e.target.value)}
                  >
                    <option value="">{t('notImported')}</option>
                    {analysis.header.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="muted">{header ? first[analysis.header.indexOf(header)] : ''}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {analysis.mappingError && (
        <p role="alert" className="form-error">
          {analysis.mappingError}
        </p>
      )}
      <div className="cluster">
        <Button onClick={() => wizard.setStep('file')}>{t('back')}</Button>
        <Button variant="primary" disabled={analysis.mappingError !== null} onClick={wizard.toPreview}>
          {t('next')}
        </Button>
      </div>
    </div>
  )
}
