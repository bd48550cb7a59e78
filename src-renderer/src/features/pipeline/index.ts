/**
 * The pipeline feature. The shell's router renders
 *   <PipelinePage />           for { page: 'pipeline', intent?: 'new' } (reads the intent from the navigation store)
 *   <DealPage id={route.id} /> for { page: 'deal', id }
 * Importing the feature also registers its palette action (registries replace by id).
 */
import { registerPaletteProvider } from '../../registries/palette'
import { pipelinePaletteProvider } from './api/pipeline-palette-provider'
import './pipeline.css'

registerPaletteProvider(pipelinePaletteProvider)

export { PipelinePage } from './pipeline-page'
export { DealPage } from './deal/deal-page'
