/**
 * The service feature. The shell's router renders
 *   <TicketsPage />            for { page: 'tickets' } (queue, surveys and insights tabs)
 *   <TicketPage id={route.id} /> for { page: 'ticket', id }
 * Importing the feature registers its settings sections (SLA and business hours, canned replies)
 * and the customer page's service-tickets panel.
 */
import { i18n } from '../../lib/i18n'
import { registerRecordPanel } from '../../registries/record-panels'
import { registerSettingsSection } from '../../registries/settings-sections'
import { CustomerTicketsPanel } from './components/customer-panel/customer-tickets-panel'
import { CannedRepliesSection } from './components/settings/canned-replies-section'
import { SlaSettingsSection } from './components/settings/sla-settings-section'
import './tickets.css'

registerSettingsSection({
  id: 'service.sla',
  order: 200,
  title: () => i18n.t('tickets:settings.title'),
  Component: SlaSettingsSection,
})
registerSettingsSection({
  id: 'service.canned',
  order: 210,
  title: () => i18n.t('tickets:settings.cannedTitle'),
  Component: CannedRepliesSection,
})

registerRecordPanel({
  id: 'tickets.all',
  kind: 'customer',
  column: 'main',
  order: 200,
  title: () => i18n.t('tickets:panel.title'),
  Component: CustomerTicketsPanel,
})

export { TicketsPage } from './components/queue/tickets-page'
export { TicketPage } from './components/ticket/ticket-page'
