import { lazy } from 'react'
import { i18n } from '../../lib/i18n'
import { registerSettingsSection } from '../../registries/settings-sections'

// Its script loads with the Settings page, not with the start page.
const LockSection = lazy(() => import('./lock-settings-section').then((m) => ({ default: m.LockSection })))

/** Settings → App lock. */
export const registerLockSettingsSection = (): (() => void) =>
  registerSettingsSection({ id: 'trust.lock', order: 400, title: () => i18n.t('lock:settings.title'), Component: LockSection })
