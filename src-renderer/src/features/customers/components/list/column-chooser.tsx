import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/button'
import { Menu } from '../../../../components/menu'
import { DEFAULT_COLUMNS, OPTIONAL_COLUMNS, type OptionalColumn } from '../../stores/list'
import { columnLabel } from './customer-columns'

/** A menu of checkboxes, one per optional column (every customer field), and a way back to the default set. */
export function ColumnChooser({
  visible,
  onToggle,
  onReset,
}: {
  visible: readonly OptionalColumn[]
  onToggle(column: OptionalColumn): void
  onReset(columns: readonly OptionalColumn[]): void
}) {
  const { t } = useTranslation()
  return (
    <Menu label={t('customers:ui.list.columns')} panelClassName="menu__panel--columns">
      {() => (
        <>
          <fieldset className="column-chooser">
            <legend className="visually-hidden">{t('customers:ui.list.columns')}</legend>
            {OPTIONAL_COLUMNS.map((column) => (
              <label key={column} className="menu__item">
                <input type="checkbox" checked={visible.includes(column)} onChange={() => onToggle(column)} />
                {columnLabel(t, column)}
              </label>
            ))}
          </fieldset>
          <Button size="sm" variant="ghost" onClick={() => onReset(DEFAULT_COLUMNS)}>
            {t('customers:ui.list.resetColumns')}
          </Button>
        </>
      )}
    </Menu>
  )
}
