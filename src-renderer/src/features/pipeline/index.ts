/**
 * The pipeline feature. The shell's router renders
 *   <PipelinePage />           for { page: 'pipeline', intent?: 'new' } (reads the intent from the navigation store)
 *   <DealPage id={route.id} /> for { page: 'deal', id }
 * Importing the feature also registers its palette action, its Settings sections (stages,
 * lost reasons) and the customer page's deals panel; registries replace by id.
 */
import { i18n } from '../../lib/i18n'
import { registerPaletteProvider } from '../../registries/palette'
import { registerRecordPanel } from '../../registries/record-panels'
import { pipelinePaletteProvider } from './api/pipeline-palette-provider'
import { CustomerDealsPanel } from './deal/customer-deals-panel'
import { registerPipelineSettings } from './settings/register'
import './pipeline.css'

registerPaletteProvider(pipelinePaletteProvider)
registerPipelineSettings()
registerRecordPanel({
  id: 'deals.open',
  kind: 'customer',
  column: 'side',
  order: 100,
  title: () => i18n.t('pipeline:customerPanel.title'),
  Component: CustomerDealsPanel,
})

export { PipelinePage } from './pipeline-page'
export { DealPage } from './deal/deal-page'
