import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { LOCALES, type Locale } from '../../../../src-shared/i18n/locales'
import { CURRENCIES, selectCurrency, selectLocale, useSettingsStore } from '../../stores/settings'
import { useUpdateSetting } from './use-update-setting'

/** Each language is named in itself, so it can be found whatever the current language. */
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', en: 'English' }

export function GeneralSection() {
  const { t } = useTranslation('settings')
  const locale = useSettingsStore(selectLocale)
  const currency = useSettingsStore(selectCurrency)
  const save = useUpdateSetting()
  const id = useId()
  // A currency set elsewhere (CLI, older version) stays selectable instead of silently changing.
  const currencies: string[] = CURRENCIES.includes(currency as (typeof CURRENCIES)[number])
    ? [...CURRENCIES]
    : [...CURRENCIES, currency]

  return (
    <div className="form-grid">
      <label htmlFor={`${id}-language`}>{t('general.language')}</label>
      <div>
        <select
          id={`${id}-language`}
          className="input input--wide"
          value={locale}
          aria-describedby={`${id}-language-hint`}
          onChange={(e) => save({ locale: e.target.value as Locale })}
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
        <p id={`${id}-language-hint`} className="field-hint">
          {t('general.languageHint')}
        </p>
      </div>

      <label htmlFor={`${id}-currency`}>{t('general.currency')}</label>
      <div>
        <select
          id={`${id}-currency`}
          className="input input--wide"
          value={currency}
          aria-describedby={`${id}-currency-hint`}
          onChange={(e) => save({ currency: e.target.value })}
        >
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c in CURRENCY_KEYS ? t(CURRENCY_KEYS[c as (typeof CURRENCIES)[number]]) : c}
            </option>
          ))}
        </select>
        <p id={`${id}-currency-hint`} className="field-hint">
          {t('general.currencyHint')}
        </p>
      </div>
    </div>
  )
}

const CURRENCY_KEYS = {
  CNY: 'currencies.CNY',
  USD: 'currencies.USD',
  EUR: 'currencies.EUR',
  HKD: 'currencies.HKD',
  TWD: 'currencies.TWD',
  GBP: 'currencies.GBP',
  JPY: 'currencies.JPY',
} as const satisfies Record<(typeof CURRENCIES)[number], string>
