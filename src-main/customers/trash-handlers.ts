import type { DataEntity } from '../../src-shared/ipc'
import type { HandlerContext } from '../ipc/context'
import type { DomainHandlers } from '../ipc/handler'
import { CUSTOMER_ENTITIES } from './customer-entities'
import { undoMerge } from './merge-undo'
import { cancelPurge, confirmPurge, requestPurge } from './purge'
import { listTrash } from './trash'
import { readRetentionDays, writeRetentionDays } from './trash-retention'

const changed = (ctx: HandlerContext, count: number, entities: DataEntity[] = ['customers']): void => {
  if (count > 0) ctx.emit('data.changed', { entities })
}

type TrashChannel =
  | 'customers.trash'
  | 'customers.purge'
  | 'customers.cancelPurge'
  | 'customers.confirmPurge'
  | 'customers.undoMerge'
  | 'customers.retention'
  | 'customers.setRetention'

/** The Trash, deleting for good (with its Undo window) and undoing a merge. */
export const trashHandlers: Pick<DomainHandlers<'customers'>, TrashChannel> = {
  'customers.trash': (input, ctx) => listTrash(ctx.db, input),
  'customers.purge': (input, ctx) => {
    const result = requestPurge(ctx.db, 'ids' in input ? input.ids : 'all')
    changed(ctx, result.count)
    return result
  },
  'customers.cancelPurge': ({ batch }, ctx) => {
    const count = cancelPurge(ctx.db, batch)
    changed(ctx, count)
    return { count }
  },
  'customers.confirmPurge': ({ batch }, ctx) => {
    const count = confirmPurge(ctx.db, batch)
    changed(ctx, count, CUSTOMER_ENTITIES)
    return { count }
  },
  'customers.retention': (_input, ctx) => ({ days: readRetentionDays(ctx.db) }),
  'customers.setRetention': ({ days }, ctx) => {
    writeRetentionDays(ctx.db, days)
    ctx.emit('data.changed', { entities: ['settings'] })
    return { days }
  },
  'customers.undoMerge': ({ id }, ctx) => {
    const result = undoMerge(ctx.db, id)
    changed(ctx, 1, CUSTOMER_ENTITIES)
    return result
  },
}
