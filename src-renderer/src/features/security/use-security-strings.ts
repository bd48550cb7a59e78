import { useTranslation } from 'react-i18next'
import { resolveLocale, type Locale } from '../../../../src-shared/i18n/locales'
import { security as en } from '../../../../src-shared/i18n/locales/en/security'
import { security as zhCN } from '../../../../src-shared/i18n/locales/zh-CN/security'

export type SecurityStrings = typeof en

const catalogs: Record<Locale, SecurityStrings> = { en, 'zh-CN': zhCN }

/**
 * This feature's strings in the UI language, re-rendering when it changes. Read directly, not
 * through i18next: only the lazy screens import this file, so the catalog loads with them.
 */
export function useSecurityStrings(): SecurityStrings {
  const { i18n } = useTranslation()
  return catalogs[resolveLocale(i18n.resolvedLanguage ?? i18n.language)]
}

/** `{{name}}` placeholders filled, as i18next would. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
