import type { CustomerRow } from '../../../../../src-shared/domain/customer-types'
import { call } from '../../../lib/ipc'
import type { RowWindow } from '../../../lib/paged-rows'
import { usePagedRows } from '../../../lib/use-paged-rows'
import type { CustomerQuery } from '../stores/list'
import { CUSTOMER_ENTITIES } from './entities'

/** Rows per request: a few screens, small enough to answer within a frame on 100,000 rows. */
export const LIST_PAGE_SIZE = 200

const fetchCustomers = (query: CustomerQuery, offset: number, limit: number): Promise<RowWindow<CustomerRow>> =>
  call('customers.list', { ...query, offset, limit })

/** The list's rows for one query, loaded page by page for the range the grid shows. */
export const useCustomerRows = (query: CustomerQuery) =>
  usePagedRows(query, fetchCustomers, { entities: CUSTOMER_ENTITIES, pageSize: LIST_PAGE_SIZE })
