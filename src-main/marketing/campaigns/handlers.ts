import type { HandlerContext } from '../../ipc/context'
import type { DomainHandlers } from '../../ipc/handler'
import type { DataEntity } from '../../../src-shared/ipc/events'
import { createCampaign, deleteCampaign, editCampaign, endCampaign, restoreCampaign } from './commands'
import { addCostLine, removeCostLine, updateCostLine } from './cost-lines'
import { launchCampaign } from './launch'
import { undoMark } from './mark-undo'
import { markMembers } from './marks'
import { campaignMembers } from './members'
import { campaignFiguresCache } from './figures-cache'
import { listCampaigns, loadCampaign } from './queries'

/** The campaign with its figures through this backend's cache (`figures-cache.ts`). */
const detail = (ctx: HandlerContext, id: number) => loadCampaign(ctx.db, id, ctx.services.get(campaignFiguresCache))

const changed = (ctx: HandlerContext, ...entities: DataEntity[]): void =>
  ctx.emit('data.changed', { entities: ['campaigns', ...entities] })

/** The marketing page's campaign channels (the order form's `campaigns.choices` is in ../handlers.ts). */
export const campaignPageHandlers: Omit<DomainHandlers<'campaigns'>, 'campaigns.choices'> = {
  'campaigns.list': (_input, ctx) => listCampaigns(ctx.db, ctx.services.get(campaignFiguresCache)),
  'campaigns.get': ({ id }, ctx) => detail(ctx, id),
  'campaigns.members': (input, ctx) => campaignMembers(ctx.db, input),
  'campaigns.create': (input, ctx) => {
    const id = createCampaign(ctx.db, input)
    changed(ctx)
    return detail(ctx, id)
  },
  'campaigns.update': ({ id, expectedUpdatedAt, patch }, ctx) => {
    editCampaign(ctx.db, id, expectedUpdatedAt, patch)
    changed(ctx)
    return detail(ctx, id)
  },
  'campaigns.delete': ({ id }, ctx) => {
    deleteCampaign(ctx.db, id)
    changed(ctx)
    return { id }
  },
  'campaigns.restore': ({ id }, ctx) => {
    restoreCampaign(ctx.db, id)
    changed(ctx)
    return detail(ctx, id)
  },
  'campaigns.addCostLine': ({ campaignId, line }, ctx) => {
    const { campaignId: _c, ...added } = addCostLine(ctx.db, campaignId, line)
    changed(ctx, 'campaign_cost_lines')
    return added
  },
  'campaigns.updateCostLine': ({ id, line }, ctx) => {
    const { campaignId: _c, ...updated } = updateCostLine(ctx.db, id, line)
    changed(ctx, 'campaign_cost_lines')
    return updated
  },
  'campaigns.removeCostLine': ({ id }, ctx) => {
    const removed = removeCostLine(ctx.db, id)
    changed(ctx, 'campaign_cost_lines')
    return removed
  },
  'campaigns.launch': (input, ctx) => {
    launchCampaign(ctx.db, input)
    changed(ctx, 'campaign_members')
    return detail(ctx, input.id)
  },
  'campaigns.end': ({ id }, ctx) => {
    endCampaign(ctx.db, id)
    changed(ctx)
    return detail(ctx, id)
  },
  'campaigns.mark': (input, ctx) => {
    const result = markMembers(ctx.db, input)
    if (result.changed > 0) changed(ctx, 'campaign_members')
    return result
  },
  'campaigns.undoMark': (input, ctx) => {
    const restored = undoMark(ctx.db, input)
    if (restored > 0) changed(ctx, 'campaign_members')
    return { restored }
  },
}
