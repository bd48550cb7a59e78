import { customerListQuery, startShown } from '../../src-shared/domain/customer-list-query'
import type { ListView, StartPage } from '../../src-shared/ipc/channels/views'
import { customerCounts } from '../customers/count-cache'
import { listCustomers } from '../customers/list-query'
import { writeAudit, type AuditAction } from '../audit/audit-log'
import { writeTransaction } from '../db/transaction'
import type { HandlerContext } from '../ipc/context'
import type { DomainHandlers } from '../ipc/handler'
import { listPrefs, liveViews, requireView } from './queries'
import { createView, deleteView, restoreView, savePrefs, updateView } from './write'

/**
 * A view write in one transaction with its audit row (entity `list_view`, the view before and
 * after), then the change event. `id` names an existing view (absent when creating); returns
 * the view as it is now.
 */
function viewWrite(ctx: HandlerContext, action: AuditAction, id: number | null, write: () => number): ListView {
  const view = writeTransaction(ctx.db, (db) => {
    const before = id === null ? undefined : requireView(db, id, action === 'restore')
    const written = write()
    const after = requireView(db, written, action === 'delete')
    writeAudit(db, { entity: 'list_view', entityId: written, action, before, after })
    return after
  })
  ctx.emit('data.changed', { entities: ['list_views'] })
  return view
}

/** The first rows of what the list opens with (the start page asks with its layout). */
function startPage(ctx: HandlerContext, shown: Parameters<typeof customerListQuery>[1], limit: number): StartPage {
  const query = customerListQuery('active', shown)
  return { query, ...listCustomers(ctx.db, { ...query, offset: 0, limit }, ctx.services.get(customerCounts)) }
}

export const viewHandlers: DomainHandlers<'views'> = {
  'views.load': ({ list, firstPage }, ctx) => {
    const views = liveViews(ctx.db, list)
    const prefs = listPrefs(ctx.db, list)
    if (firstPage === undefined) return { views, prefs }
    return { views, prefs, firstPage: startPage(ctx, startShown(prefs, views.find((v) => v.isDefault) ?? null), firstPage) }
  },
  'views.create': ({ list, ...fields }, ctx) => viewWrite(ctx, 'create', null, () => createView(ctx.db, list, fields)),
  'views.update': ({ id, ...patch }, ctx) => viewWrite(ctx, 'update', id, () => (updateView(ctx.db, id, patch), id)),
  'views.delete': ({ id }, ctx) => viewWrite(ctx, 'delete', id, () => (deleteView(ctx.db, id), id)),
  'views.restore': ({ id }, ctx) => viewWrite(ctx, 'restore', id, () => (restoreView(ctx.db, id), id)),
  'views.savePrefs': ({ list, prefs }, ctx) => {
    savePrefs(ctx.db, list, prefs)
    return { saved: true }
  },
}
