import { z } from 'zod'
import { channel } from '../channel'
import { ACTIVITY_KINDS, type Activity } from '../../domain/customer-types'
import { followUpInput } from '../../domain/task'
import { id, isoDateTimeWithOffset, wellFormed } from '../schemas'

export const activityChannels = {
  /**
   * Logs a call, visit, message or note on a customer (the quick box on the detail page);
   * `followUp` plans the next follow-up task on that customer in the same transaction.
   */
  'activities.add': channel<Activity>()(
    z.strictObject({
      customerId: id,
      kind: z.enum(ACTIVITY_KINDS),
      body: wellFormed(z.string().trim().max(20000)),
      at: isoDateTimeWithOffset.optional(),
      followUp: followUpInput.optional(),
    }),
  ),
}
