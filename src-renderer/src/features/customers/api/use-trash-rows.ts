import type { TrashRow } from '../../../../../src-shared/domain/customer-merge'
import { call } from '../../../lib/ipc'
import type { RowWindow } from '../../../lib/paged-rows'
import { usePagedRows } from '../../../lib/use-paged-rows'
import { CUSTOMER_ENTITIES } from './entities'
import { LIST_PAGE_SIZE } from './use-customer-rows'

export interface TrashQuery {
  query?: string
}

const fetchTrash = (query: TrashQuery, offset: number, limit: number): Promise<RowWindow<TrashRow>> =>
  call('customers.trash', { ...query, offset, limit })

/** The Trash's rows for one search, page by page for the range the grid shows. */
export const useTrashRows = (query: TrashQuery) =>
  usePagedRows(query, fetchTrash, { entities: CUSTOMER_ENTITIES, pageSize: LIST_PAGE_SIZE })
