import { writeAudit } from '../audit/audit-log'
import { requireLiveCustomer } from '../customers/customer-detail'
import { writeTransaction } from '../db/transaction'
import type { DomainHandlers } from '../ipc/handler'
import { createTask } from '../tasks/commands'
import { tasksChanged } from '../tasks/handlers'
import { activityEntry } from './timeline'
import { insertActivity } from './write'

export const activityHandlers: DomainHandlers<'activities'> = {
  'activities.add': ({ followUp, ...input }, ctx) => {
    requireLiveCustomer(ctx.db, input.customerId)
    const activity = writeTransaction(ctx.db, (db) => {
      const id = insertActivity(db, input)
      writeAudit(db, { entity: 'activity', entityId: id, action: 'create', after: input })
      // The next follow-up commits with the call it follows, or neither does.
      if (followUp) createTask(db, { ...followUp, link: { kind: 'customer', id: input.customerId } })
      return activityEntry(db, id)
    })
    ctx.emit('data.changed', { entities: ['activities'] })
    if (followUp) tasksChanged(ctx)
    return activity
  },
}
