import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../../../../components/icons'

/** The list's search field; the page focuses it on `/`. Escape clears it. */
export function SearchBox({
  value,
  onChange,
  inputRef,
}: {
  value: string
  onChange(value: string): void
  inputRef: Ref<HTMLInputElement>
}) {
  const { t } = useTranslation()
  return (
    <div className="search-box">
      <Icon name="search" size={16} />
      <input
        ref={inputRef}
        type="search"
        className="input search-box__input"
        value={value}
        maxLength={100}
        aria-label={t('customers:ui.list.searchLabel')}
        aria-keyshortcuts="/"
        placeholder={t('customers:ui.list.searchPlaceholder')}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.preventDefault()
            onChange('')
          }
        }}
      />
    </div>
  )
}
