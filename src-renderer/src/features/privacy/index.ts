import { i18n } from '../../lib/i18n'
import { registerRecordPanel } from '../../registries/record-panels'
import { PersonalDataPanel } from './personal-data-panel'

/** The customer page's "Personal data" block: export everything about them, or erase them (PIPL requests). */
registerRecordPanel({
  id: 'privacy.personalData',
  kind: 'customer',
  column: 'side',
  order: 900,
  title: () => i18n.t('privacy:panelTitle'),
  Component: PersonalDataPanel,
})
