import { z } from 'zod'
import { channel } from '../channel'
import { probability } from '../../domain/deal'
import { STAGE_KINDS, type LostReason, type PipelineStage } from '../../domain/deal-types'
import { id, ids, wellFormed } from '../schemas'

const stageName = wellFormed(z.string().trim().min(1).max(60))
const staleDays = z.int().min(1).max(3650).nullable()

export const stageFields = z.strictObject({
  name: stageName,
  kind: z.enum(STAGE_KINDS),
  probability,
  staleDays,
})

export type StageFields = z.output<typeof stageFields>

const reasonLabel = wellFormed(z.string().trim().min(1).max(200))

/** The pipeline's stages and lost-reason presets, edited in Settings. */
export const pipelineSettingsChannels = {
  /** Live stages in board order, with how many deals each holds. */
  'pipeline.stages': channel<PipelineStage[]>()(z.strictObject({})),
  /** A new stage goes last among its kind. */
  'pipeline.createStage': channel<PipelineStage>()(stageFields),
  /** A new probability also moves the open deals that followed the old one. */
  'pipeline.updateStage': channel<PipelineStage>()(z.strictObject({ id, patch: stageFields.partial() })),
  /** Every live stage's id, in the new board order. */
  'pipeline.reorderStages': channel<PipelineStage[]>()(z.strictObject({ ids })),
  /** Refused while the stage holds deals, unless `moveTo` names the stage to move them to. */
  'pipeline.deleteStage': channel<{ moved: number }>()(z.strictObject({ id, moveTo: id.optional() })),
  'pipeline.restoreStage': channel<PipelineStage>()(z.strictObject({ id })),
  'pipeline.lostReasons': channel<LostReason[]>()(z.strictObject({})),
  'pipeline.createLostReason': channel<LostReason>()(z.strictObject({ label: reasonLabel })),
  'pipeline.updateLostReason': channel<LostReason>()(z.strictObject({ id, label: reasonLabel })),
  'pipeline.deleteLostReason': channel<{ count: number }>()(z.strictObject({ id })),
  'pipeline.reorderLostReasons': channel<LostReason[]>()(z.strictObject({ ids })),
}
