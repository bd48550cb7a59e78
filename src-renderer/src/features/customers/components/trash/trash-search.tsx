import { useTranslation } from 'react-i18next'
import { Icon } from '../../../../components/icons'

/** Finds a customer in the Trash by name, pinyin, phone or email, like the list's search. */
export function TrashSearch({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useTranslation()
  return (
    <div className="search-box">
      <Icon name="search" size={16} />
      <input
        type="search"
        className="input search-box__input"
        value={value}
        maxLength={100}
        aria-label={t('customers:ui.trash.searchLabel')}
        placeholder={t('customers:ui.list.searchPlaceholder')}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
