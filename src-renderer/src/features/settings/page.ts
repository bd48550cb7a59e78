/**
 * The Settings page, a second entry of the settings feature: the shell loads it on the first
 * visit (a lazy route), while the index (section registry set-up) loads with the shell.
 */
export { SettingsPage } from './settings-page'
