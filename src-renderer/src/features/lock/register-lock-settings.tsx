import { lazy, Suspense } from 'react'
import { i18n } from '../../lib/i18n'
import { registerSettingsSection } from '../../registries/settings-sections'

// Its script loads with the Settings page, not with the start page.
const LockSection = lazy(() => import('./lock-settings-section').then((m) => ({ default: m.LockSection })))

/** The section waits for its script on its own: the rest of Settings shows at once. */
function LockSectionSlot() {
  return (
    <Suspense fallback={null}>
      <LockSection />
    </Suspense>
  )
}

/** Settings → App lock. */
export const registerLockSettingsSection = (): (() => void) =>
  registerSettingsSection({
    id: 'trust.lock',
    order: 400,
    title: () => i18n.t('lock:settings.title'),
    Component: LockSectionSlot,
  })
