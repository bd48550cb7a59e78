import { AppError } from '../../src-shared/ipc/app-error'
import type { DomainHandlers } from '../ipc/handler'

// Temporary: the contract is published first so the UI can start; the real handlers follow.
const pending = (): never => {
  throw new AppError('internal')
}

export const customerHandlers: DomainHandlers<'customers'> = {
  'customers.list': pending,
  'customers.get': pending,
  'customers.create': pending,
  'customers.findDuplicates': pending,
  'customers.update': pending,
  'customers.delete': pending,
  'customers.restore': pending,
  'customers.merge': pending,
  'customers.tag': pending,
  'customers.untag': pending,
  'customers.facets': pending,
  'customers.timeline': pending,
  'customers.orders': pending,
  'customers.search': pending,
}

export const tagHandlers: DomainHandlers<'tags'> = { 'tags.list': pending }
export const activityHandlers: DomainHandlers<'activities'> = { 'activities.add': pending }
