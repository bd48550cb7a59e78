import type { LifecycleStage } from '../../../../../src-shared/domain/segment'
import type { BadgeTone } from '../../../components/badge'

/** The badge colour of each stage (the word says it; the colour only repeats it). */
export const STAGE_TONE: Record<LifecycleStage, BadgeTone> = {
  lead: 'neutral',
  new: 'accent',
  returning: 'success',
  atRisk: 'warning',
  lapsed: 'danger',
}
