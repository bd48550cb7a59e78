import type { QueueRow } from '../../../../../src-shared/domain/ticket-types'
import { call } from '../../../lib/ipc'
import type { RowWindow } from '../../../lib/paged-rows'
import { usePagedRows } from '../../../lib/use-paged-rows'
import type { QueueQuery } from '../stores'
import { TICKET_ENTITIES } from './entities'

const fetchQueue = (query: QueueQuery, offset: number, limit: number): Promise<RowWindow<QueueRow>> =>
  call('tickets.queue', { ...query, offset, limit })

/** The queue's rows for one filter set, loaded page by page for the range the grid shows. */
export const useQueueRows = (query: QueueQuery) => usePagedRows(query, fetchQueue, { entities: TICKET_ENTITIES, pageSize: 200 })
