import { writeAudit } from '../../audit/audit-log'
import { writeTransaction } from '../../db/transaction'
import type { DomainHandlers } from '../../ipc/handler'
import { loadAnalyses } from '../segments/load-analyses'
import { lapsedDays, LAPSED_DAYS_KEY, writeLapsedDays } from './settings'
import { customerLifecycle, lifecycleDistribution } from './stages'

/** "At risk" reads the churn analysis when its model can be fitted (through the worker and cache). */
const CHURN_ONLY = { rfm: false, churn: 'optional', clusterKs: [] } as const

export const lifecycleHandlers: Pick<
  DomainHandlers<'segments'>,
  'segments.lifecycle' | 'segments.lifecycleDistribution' | 'segments.setLapsedDays'
> = {
  'segments.lifecycle': async ({ customerId }, ctx) => customerLifecycle(ctx.db, customerId, await loadAnalyses(ctx, CHURN_ONLY)),
  'segments.lifecycleDistribution': async (_input, ctx) => lifecycleDistribution(ctx.db, await loadAnalyses(ctx, CHURN_ONLY)),
  'segments.setLapsedDays': ({ days }, ctx) => {
    writeTransaction(ctx.db, (db) => {
      const before = lapsedDays(db)
      writeLapsedDays(db, days)
      writeAudit(db, {
        entity: 'settings',
        entityId: null,
        action: 'settings',
        before: { [LAPSED_DAYS_KEY]: before },
        after: { [LAPSED_DAYS_KEY]: days },
      })
    })
    ctx.emit('data.changed', { entities: ['settings'] })
    return { lapsedDays: days }
  },
}
