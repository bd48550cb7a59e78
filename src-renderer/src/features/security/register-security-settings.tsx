import { lazy, Suspense } from 'react'
import { i18n } from '../../lib/i18n'
import { registerSettingsSection } from '../../registries/settings-sections'

// Its script loads with the Settings page, not with the start page.
const SecuritySection = lazy(() => import('./security-settings-section').then((m) => ({ default: m.SecuritySection })))

/** The section waits for its script on its own: the rest of Settings shows at once. */
function SecuritySectionSlot() {
  return (
    <Suspense fallback={null}>
      <SecuritySection />
    </Suspense>
  )
}

/** Settings → Security, just before App lock (which uses the same passphrase). */
export const registerSecuritySettingsSection = (): (() => void) =>
  registerSettingsSection({
    id: 'trust.security',
    order: 390,
    title: () => i18n.t('settings:security.title'),
    Component: SecuritySectionSlot,
  })
