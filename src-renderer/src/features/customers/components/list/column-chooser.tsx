import { useTranslation } from 'react-i18next'
import { OPTIONAL_COLUMNS, type OptionalColumn } from '../../stores/list'
import { columnLabel } from './customer-columns'

/** A disclosure menu of checkboxes, one per optional column. */
export function ColumnChooser({
  visible,
  onToggle,
}: {
  visible: readonly OptionalColumn[]
  onToggle(column: OptionalColumn): void
}) {
  const { t } = useTranslation()
  return (
    <details className="menu">
      <summary className="btn btn--ghost btn--sm">{t('customers:ui.list.columns')}</summary>
      <fieldset className="menu__panel">
        <legend className="visually-hidden">{t('customers:ui.list.columns')}</legend>
        {OPTIONAL_COLUMNS.map((column) => (
          <label key={column} className="menu__item">
            <input type="checkbox" checked={visible.includes(column)} onChange={() => onToggle(column)} />
            {columnLabel(t, column)}
          </label>
        ))}
      </fieldset>
    </details>
  )
}
