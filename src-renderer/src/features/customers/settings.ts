import { i18n } from '../../lib/i18n'
import { registerSettingsSection } from '../../registries/settings-sections'
import { RetentionSection } from './components/trash/retention-section'

/** The customers feature's block on the Settings page: how long the Trash keeps customers. */
export function registerCustomerSettings(): () => void {
  return registerSettingsSection({
    id: 'customers.trash',
    order: 400,
    title: () => i18n.t('customers:ui.retention.title'),
    Component: RetentionSection,
  })
}
