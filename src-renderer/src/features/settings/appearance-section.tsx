import { useTranslation } from 'react-i18next'
import { SegmentedControl } from '../../components/segmented-control'
import { selectTheme, useSettingsStore, type Theme } from '../../stores/settings'
import { useUpdateSetting } from './use-update-setting'

const THEMES: Theme[] = ['system', 'light', 'dark']

/** Theme as a radio group: three visible choices beat a hidden dropdown. */
export function AppearanceSection() {
  const { t } = useTranslation('settings')
  const theme = useSettingsStore(selectTheme)
  const save = useUpdateSetting()
  return (
    <SegmentedControl
      label={t('appearance.theme')}
      value={theme}
      options={THEMES.map((value) => ({ value, label: t(`appearance.${value}`) }))}
      onChange={(value) => save({ theme: value })}
    />
  )
}
