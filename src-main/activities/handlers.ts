import { writeAudit } from '../audit/audit-log'
import { requireLiveCustomer } from '../customers/customer-detail'
import { writeTransaction } from '../db/transaction'
import type { DomainHandlers } from '../ipc/handler'
import { activityEntry } from './timeline'
import { insertActivity } from './write'

export const activityHandlers: DomainHandlers<'activities'> = {
  'activities.add': (input, ctx) => {
    requireLiveCustomer(ctx.db, input.customerId)
    const activity = writeTransaction(ctx.db, (db) => {
      const id = insertActivity(db, input)
      writeAudit(db, { entity: 'activity', entityId: id, action: 'create', after: input })
      return activityEntry(db, id)
    })
    ctx.emit('data.changed', { entities: ['activities'] })
    return activity
  },
}
