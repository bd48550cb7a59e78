import { useTranslation } from 'react-i18next'
import type { CustomerView } from '../../stores/list'

/** Customers ↔ Trash: the same table over live or deleted customers. */
export function ViewSwitch({ view, onChange }: { view: CustomerView; onChange(view: CustomerView): void }) {
  const { t } = useTranslation()
  const option = (value: CustomerView, label: string) => (
    <button type="button" className="segmented__option" aria-pressed={view === value} onClick={() => onChange(value)}>
      {label}
    </button>
  )
  return (
    <div className="segmented" role="group" aria-label={t('customers:ui.list.viewLabel')}>
      {option('active', t('customers:ui.list.viewActive'))}
      {option('trash', t('customers:ui.list.viewTrash'))}
    </div>
  )
}
