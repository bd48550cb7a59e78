import { useTranslation } from 'react-i18next'
import type { EnumName } from '../../../src-shared/i18n/enum-labels'
import { resolveLocale } from '../../../src-shared/i18n/locales'
import { enumText } from './enum-text'

export type EnumLabeler = (name: EnumName, value: string) => string

/** Labels stored enum values (order status, ticket priority …) in the UI language; re-renders on change. */
export function useEnumLabel(): EnumLabeler {
  const { i18n } = useTranslation()
  const locale = resolveLocale(i18n.language)
  return (name, value) => enumText(locale, name, value)
}
