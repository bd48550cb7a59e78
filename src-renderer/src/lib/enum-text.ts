import { enumLabelKey, type EnumName } from '../../../src-shared/i18n/enum-labels'
import type { Locale } from '../../../src-shared/i18n/locales'
import { i18n } from './i18n'

/**
 * A stored enum value (order status, ticket priority …) as people read it in `locale`, from the
 * loaded catalog; a value the enum does not know is shown as stored.
 */
export function enumText(locale: Locale, name: EnumName, value: string): string {
  const key = enumLabelKey(name, value)
  // Catalog keys are dotted from their namespace (`enums.orderStatus.paid`); i18next's take a colon.
  return key === undefined ? value : i18n.getFixedT(locale)(key.replace('.', ':') as never)
}
