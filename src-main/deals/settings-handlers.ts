import type { StageKind } from '../../src-shared/domain/deal-types'
import { translate } from '../../src-shared/i18n'
import type { HandlerContext } from '../ipc/context'
import type { DomainHandlers } from '../ipc/handler'
import {
  createLostReason,
  deleteLostReason,
  listLostReasons,
  renameLostReason,
  reorderLostReasons,
  requireLostReason,
} from './lost-reasons'
import { listPipelineStages, pipelineStage } from './stage-list'
import { createStage, deleteStage, reorderStages, restoreStage, updateStage, type KindName } from './stage-write'

const kindName =
  (ctx: HandlerContext): KindName =>
  (kind: StageKind) =>
    translate(ctx.locale(), `pipeline.kinds.${kind}`)

/** A stage edit can move deals and write timeline entries; the board and the customer page follow. */
const stagesChanged = (ctx: HandlerContext): void =>
  ctx.emit('data.changed', { entities: ['pipeline_stages', 'deals', 'activities'] })
const reasonsChanged = (ctx: HandlerContext): void => ctx.emit('data.changed', { entities: ['lost_reasons'] })

export const pipelineSettingsHandlers: DomainHandlers<'pipeline'> = {
  'pipeline.stages': (_input, ctx) => listPipelineStages(ctx.db),
  'pipeline.createStage': (fields, ctx) => {
    const id = createStage(ctx.db, fields)
    stagesChanged(ctx)
    return pipelineStage(ctx.db, id)
  },
  'pipeline.updateStage': ({ id, patch }, ctx) => {
    updateStage(ctx.db, id, patch, kindName(ctx))
    stagesChanged(ctx)
    return pipelineStage(ctx.db, id)
  },
  'pipeline.reorderStages': ({ ids }, ctx) => {
    reorderStages(ctx.db, ids)
    stagesChanged(ctx)
    return listPipelineStages(ctx.db)
  },
  'pipeline.deleteStage': ({ id, moveTo }, ctx) => {
    const moved = deleteStage(ctx.db, id, moveTo, kindName(ctx))
    stagesChanged(ctx)
    return { moved }
  },
  'pipeline.restoreStage': ({ id }, ctx) => {
    restoreStage(ctx.db, id)
    stagesChanged(ctx)
    return pipelineStage(ctx.db, id)
  },
  'pipeline.lostReasons': (_input, ctx) => listLostReasons(ctx.db),
  'pipeline.createLostReason': ({ label }, ctx) => {
    const id = createLostReason(ctx.db, label)
    reasonsChanged(ctx)
    return requireLostReason(ctx.db, id)
  },
  'pipeline.updateLostReason': ({ id, label }, ctx) => {
    renameLostReason(ctx.db, id, label)
    reasonsChanged(ctx)
    return requireLostReason(ctx.db, id)
  },
  'pipeline.deleteLostReason': ({ id }, ctx) => {
    const count = deleteLostReason(ctx.db, id)
    reasonsChanged(ctx)
    return { count }
  },
  'pipeline.reorderLostReasons': ({ ids }, ctx) => {
    reorderLostReasons(ctx.db, ids)
    reasonsChanged(ctx)
    return listLostReasons(ctx.db)
  },
}
