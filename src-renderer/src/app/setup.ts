import { registerLockSettingsSection } from '../features/lock'
import { registerBuiltinSettingsSections } from '../features/settings'
import { registerPaletteProvider } from '../registries/palette'
import { startApplyingSettings } from './apply-settings'
import { actionsProvider, pagesProvider } from './palette-providers'
import { shopPaletteProvider } from './shop-palette-provider'
import { registerShopSettingsSection } from './shop-settings-section'
import { registerAuditSettings } from '../features/audit/register'
import { registerSecuritySettingsSection } from '../features/security'

/**
 * Wires the shell's built-ins through the same extension points features use (palette
 * providers, settings sections) and starts applying settings to the document. Idempotent
 * (registries replace by id); returns the teardown, for tests and StrictMode.
 */
export function setupShell(): () => void {
  const stops = [
    registerPaletteProvider(pagesProvider),
    registerPaletteProvider(actionsProvider),
    registerBuiltinSettingsSections(),
    startApplyingSettings(),
    registerShopSettingsSection(),
    registerPaletteProvider(shopPaletteProvider),
    registerAuditSettings(),
    registerLockSettingsSection(),
    registerSecuritySettingsSection(),
  ]
  return () => stops.forEach((stop) => stop())
}
