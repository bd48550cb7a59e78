import './settings.css'

export { SettingsPage } from './settings-page'
export { registerBuiltinSettingsSections } from './builtin-sections'
