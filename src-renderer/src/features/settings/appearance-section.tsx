import { useTranslation } from 'react-i18next'
import { selectTheme, useSettingsStore, type Theme } from '../../stores/settings'
import { useUpdateSetting } from './use-update-setting'

const THEMES: Theme[] = ['system', 'light', 'dark']

/** Theme as a radio group: three visible choices beat a hidden dropdown. */
export function AppearanceSection() {
  const { t } = useTranslation('settings')
  const theme = useSettingsStore(selectTheme)
  const save = useUpdateSetting()
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{t('appearance.theme')}</legend>
      {THEMES.map((value) => (
        <label key={value} className="segmented__option">
          <input
            type="radio"
            name="theme"
            value={value}
            checked={theme === value}
            onChange={() => save({ theme: value })}
          />
          <span>{t(`appearance.${value}`)}</span>
        </label>
      ))}
    </fieldset>
  )
}
