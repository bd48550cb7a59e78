import { i18n } from '../../lib/i18n'
import { registerSettingsSection } from '../../registries/settings-sections'
import { AboutSection } from './about-section'
import { AppearanceSection } from './appearance-section'
import { GeneralSection } from './general-section'

/** Registers the shell's own sections; returns the function that removes them. */
export function registerBuiltinSettingsSections(): () => void {
  const stops = [
    registerSettingsSection({
      id: 'general',
      order: 10,
      title: () => i18n.t('settings:general.title'),
      Component: GeneralSection,
    }),
    registerSettingsSection({
      id: 'appearance',
      order: 20,
      title: () => i18n.t('settings:appearance.title'),
      Component: AppearanceSection,
    }),
    registerSettingsSection({ id: 'about', order: 1000, title: () => i18n.t('settings:about.title'), Component: AboutSection }),
  ]
  return () => stops.forEach((stop) => stop())
}
