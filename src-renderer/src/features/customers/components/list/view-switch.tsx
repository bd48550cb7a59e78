import { useTranslation } from 'react-i18next'
import { SegmentedControl } from '../../../../components/segmented-control'
import type { CustomerView } from '../../stores/list'

/** Customers ↔ Trash: the same table over live or deleted customers. */
export function ViewSwitch({ view, onChange }: { view: CustomerView; onChange(view: CustomerView): void }) {
  const { t } = useTranslation()
  return (
    <SegmentedControl
      label={t('customers:ui.list.viewLabel')}
      hideLabel
      value={view}
      options={[
        { value: 'active', label: t('customers:ui.list.viewActive') },
        { value: 'trash', label: t('customers:ui.list.viewTrash') },
      ]}
      onChange={onChange}
    />
  )
}
