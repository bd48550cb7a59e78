import { useTranslation } from 'react-i18next'
import { EXPORT_ENCODINGS, type ExportEncoding } from '../../../../../src-shared/ipc/channels/csv-types'
import { TARGET_EXTRA_COLUMNS, type TargetExportInput } from '../../../../../src-shared/ipc/channels/target-lists'
import { FormField } from '../../../components/form-field'

type ExtraColumn = TargetExportInput['columns'][number]

export interface ExportOptionsProps {
  columns: ExtraColumn[]
  encoding: ExportEncoding
  onColumns(columns: ExtraColumn[]): void
  onEncoding(encoding: ExportEncoding): void
}

/** The file's extra columns (the contact ones are always there) and its encoding. */
export function ExportOptions({ columns, encoding, onColumns, onEncoding }: ExportOptionsProps) {
  const { t } = useTranslation('marketing-reach')
  const toggle = (column: ExtraColumn, on: boolean): void =>
    onColumns(TARGET_EXTRA_COLUMNS.filter((c) => (c === column ? on : columns.includes(c))))
  return (
    <>
      <fieldset className="target-export__columns">
        <legend>{t('export.extraColumns')}</legend>
        <p className="muted">{t('export.baseColumns')}</p>
        <div className="target-export__column-grid">
          {TARGET_EXTRA_COLUMNS.map((column) => (
            <label key={column} className="field-inline">
              <input type="checkbox" checked={columns.includes(column)} onChange={(e) => toggle(column, e.target.checked)} />
              <span>{t(`export.columns.${column}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormField label={t('export.encoding')}>
        {(control) => (
          <select {...control} className="input" value={encoding} onChange={(e) => onEncoding(e.target.value as ExportEncoding)}>
            {EXPORT_ENCODINGS.map((value) => (
              <option key={value} value={value}>
                {t(`export.encodings.${value}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </>
  )
}
