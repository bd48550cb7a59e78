import { i18n } from '../../lib/i18n'
import { registerSettingsSection } from '../../registries/settings-sections'
import { AuditSettingsSection } from './audit-settings-section'

/** Settings → Audit log: what it is and the way to it (the page itself is a lazy route). */
export function registerAuditSettings(): () => void {
  return registerSettingsSection({
    id: 'audit.log',
    order: 410,
    title: () => i18n.t('audit:settingsTitle'),
    Component: AuditSettingsSection,
  })
}
