import { randomUUID } from 'node:crypto'
import { writeTransaction } from '../../db/transaction'
import type { DomainHandlers } from '../../ipc/handler'
import { requireConsent } from './read'
import { undoConsent } from './undo'
import { setConsent } from './write'

/** `consent.*`: one customer's settings, a (bulk) write in one transaction, and its undo. */
export const consentHandlers: DomainHandlers<'consent'> = {
  'consent.get': ({ customerId }, ctx) => requireConsent(ctx.db, customerId),
  'consent.set': ({ ids, patch }, ctx) => {
    const batch = randomUUID()
    const count = writeTransaction(ctx.db, (db) => setConsent(db, ids, patch, batch))
    if (count > 0) ctx.emit('data.changed', { entities: ['customers'] })
    return { count, batch }
  },
  'consent.undo': ({ batch }, ctx) => {
    const count = writeTransaction(ctx.db, (db) => undoConsent(db, batch))
    if (count > 0) ctx.emit('data.changed', { entities: ['customers'] })
    return { count }
  },
}
