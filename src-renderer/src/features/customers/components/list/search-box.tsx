import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { SearchField } from '../../../../components/search-field'

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
    <SearchField
      value={value}
      onChange={onChange}
      inputRef={inputRef}
      shortcut="/"
      label={t('customers:ui.list.searchLabel')}
      placeholder={t('customers:ui.list.searchPlaceholder')}
    />
  )
}
