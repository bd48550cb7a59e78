import type { DomainHandlers } from '../ipc/handler'
import { computeCampaigns } from './compute/campaigns'
import { computeFunnel } from './compute/funnel'
import { computeService } from './compute/service'
import { runHeavy, runLight } from './service'

export const analyticsHandlers: DomainHandlers<'analytics'> = {
  'analytics.forecast': (input, ctx) => runHeavy(ctx, 'forecast', input),
  'analytics.churn': (input, ctx) => runHeavy(ctx, 'churn', input),
  'analytics.rfm': (input, ctx) => runHeavy(ctx, 'rfm', input),
  'analytics.clusters': (input, ctx) => runHeavy(ctx, 'clusters', input),
  'analytics.bundles': (input, ctx) => runHeavy(ctx, 'bundles', input),
  'analytics.service': (input, ctx) => runLight(ctx, 'service', input, (today) => computeService(ctx.db, input, today)),
  'analytics.funnel': (input, ctx) => runLight(ctx, 'funnel', input, () => computeFunnel(ctx.db, input)),
  'analytics.campaigns': (input, ctx) => runLight(ctx, 'campaigns', input, () => computeCampaigns(ctx.db, input)),
}
