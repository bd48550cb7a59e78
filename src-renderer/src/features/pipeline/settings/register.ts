import { i18n } from '../../../lib/i18n'
import { registerSettingsSection } from '../../../registries/settings-sections'
import { LostReasonsSection } from './lost-reasons-section'
import { StagesSection } from './stages-section'

/** Settings gets the pipeline's stages and lost reasons (after language and appearance). */
export function registerPipelineSettings(): void {
  registerSettingsSection({
    id: 'pipeline.stages',
    order: 100,
    title: () => i18n.t('pipeline:settings.stagesTitle'),
    Component: StagesSection,
  })
  registerSettingsSection({
    id: 'pipeline.lostReasons',
    order: 110,
    title: () => i18n.t('pipeline:settings.reasonsTitle'),
    Component: LostReasonsSection,
  })
}
