/**
 * Marketing consent on the customer page. Importing this registers the panel (the router
 * loads it with the other record-page panel modules).
 */
import { i18n } from '../../../lib/i18n'
import { registerRecordPanel } from '../../../registries/record-panels'
import { ConsentPanel } from './consent-panel'

registerRecordPanel({
  id: 'marketing.consent',
  kind: 'customer',
  column: 'side',
  order: 300,
  title: () => i18n.t('marketing-reach:consent.title'),
  Component: ConsentPanel,
})
