import { customerDrillIds } from '../insights/drill/customer-drill'
import type { DataEntity } from '../../src-shared/ipc'
import { normalizeEmail } from '../../src-shared/domain/email'
import { normalizePhone } from '../../src-shared/domain/phone'
import { timeline } from '../activities/timeline'
import { writeAudit } from '../audit/audit-log'
import { writeTransaction } from '../db/transaction'
import type { HandlerContext } from '../ipc/context'
import type { DomainHandlers } from '../ipc/handler'
import { customerCounts } from './count-cache'
import { customerOrders } from '../orders/queries'
import { loadCustomerDetail, requireCustomerRecord } from './customer-detail'
import { deleteCustomers, restoreCustomers } from './delete-restore'
import { findDuplicates } from './duplicates'
import { customerFacets } from './facets'
import { listCustomers } from './list-query'
import { mergeCustomers } from './merge'
import { searchCustomers } from './search'
import { tagCustomers, untagCustomers } from './tag-write'
import { CUSTOMER_ENTITIES } from './customer-entities'
import { trashHandlers } from './trash-handlers'
import { insertCustomer, updateCustomer } from './write'

const changed = (ctx: HandlerContext, ...entities: DataEntity[]): void => ctx.emit('data.changed', { entities })

export const customerHandlers: DomainHandlers<'customers'> = {
  'customers.list': async (input, ctx) =>
    listCustomers(ctx.db, input, ctx.services.get(customerCounts), input.drill && (await customerDrillIds(ctx, input.drill))),
  'customers.get': ({ id }, ctx) => loadCustomerDetail(ctx.db, id),
  'customers.create': (input, ctx) => {
    const id = writeTransaction(ctx.db, (db) => {
      const newId = insertCustomer(db, input)
      writeAudit(db, { entity: 'customer', entityId: newId, action: 'create', after: requireCustomerRecord(db, newId) })
      return newId
    })
    changed(ctx, 'customers')
    const customer = loadCustomerDetail(ctx.db, id)
    const duplicates = findDuplicates(ctx.db, {
      phoneNorm: customer.phone === null ? null : normalizePhone(customer.phone),
      emailNorm: customer.email === null ? null : normalizeEmail(customer.email),
      excludeId: id,
    })
    return { customer, duplicates }
  },
  'customers.findDuplicates': ({ phone, email, excludeId }, ctx) =>
    findDuplicates(ctx.db, {
      phoneNorm: phone === undefined ? null : normalizePhone(phone),
      emailNorm: email === undefined || email.trim() === '' ? null : normalizeEmail(email),
      excludeId,
    }),
  'customers.update': ({ id, patch }, ctx) => {
    writeTransaction(ctx.db, (db) => {
      const before = requireCustomerRecord(db, id)
      updateCustomer(db, id, patch)
      const after = requireCustomerRecord(db, id)
      writeAudit(db, { entity: 'customer', entityId: id, action: 'update', before, after })
    })
    changed(ctx, 'customers')
    return loadCustomerDetail(ctx.db, id)
  },
  'customers.delete': ({ ids }, ctx) => {
    const count = deleteCustomers(ctx.db, ids)
    if (count > 0) changed(ctx, 'customers')
    return { count }
  },
  'customers.restore': ({ ids }, ctx) => {
    const count = restoreCustomers(ctx.db, ids)
    if (count > 0) changed(ctx, 'customers')
    return { count }
  },
  'customers.merge': ({ keepId, mergeId, choices }, ctx) => {
    mergeCustomers(ctx.db, keepId, mergeId, choices ?? {}, ctx.locale())
    changed(ctx, ...CUSTOMER_ENTITIES)
    return loadCustomerDetail(ctx.db, keepId)
  },
  'customers.tag': ({ ids, tagId, tagName }, ctx) => {
    const count = tagCustomers(ctx.db, ids, tagId !== undefined ? { tagId } : { tagName: tagName ?? '' })
    changed(ctx, 'customers', 'tags')
    return { count }
  },
  'customers.untag': ({ ids, tagId, tagName }, ctx) => {
    const count = untagCustomers(ctx.db, ids, tagId !== undefined ? { tagId } : { tagName: tagName ?? '' })
    if (count > 0) changed(ctx, 'customers', 'tags')
    return { count }
  },
  'customers.facets': (_input, ctx) => customerFacets(ctx.db),
  'customers.timeline': ({ customerId, before, limit }, ctx) => {
    requireCustomerRecord(ctx.db, customerId)
    return timeline(ctx.db, customerId, before, limit)
  },
  'customers.orders': ({ customerId, offset, limit }, ctx) => {
    requireCustomerRecord(ctx.db, customerId)
    return customerOrders(ctx.db, customerId, offset, limit)
  },
  'customers.search': ({ query, limit }, ctx) => searchCustomers(ctx.db, query, limit),
  ...trashHandlers,
}
