import { useTranslation } from 'react-i18next'
import { enumLabel, type EnumName } from '../../../src-shared/i18n/enum-labels'
import { resolveLocale } from '../../../src-shared/i18n'

/** Labels stored enum values (order status, ticket priority …) in the UI language; re-renders on change. */
export function useEnumLabel(): (name: EnumName, value: string) => string {
  const { i18n } = useTranslation()
  const locale = resolveLocale(i18n.language)
  return (name, value) => enumLabel(locale, name, value)
}
