/**
 * The marketing feature. The shell's router renders
 *   <MarketingPage />   for { page: 'marketing', tab? } (tabs: MARKETING_TABS)
 * Importing the feature registers the customer page's lifecycle stage panel.
 */
import { i18n } from '../../lib/i18n'
import { registerRecordPanel } from '../../registries/record-panels'
import { LifecyclePanel } from './segments/lifecycle-panel'
import './marketing.css'

registerRecordPanel({
  id: 'marketing.lifecycle',
  kind: 'customer',
  column: 'side',
  order: 50,
  title: () => i18n.t('marketing-segments:lifecycle.title'),
  Component: LifecyclePanel,
})

export { MarketingPage } from './marketing-page'
