import type { TicketDrill } from '../../../../src-shared/ipc/channels/drill'
import { create } from 'zustand'
import type { TicketKind, TicketPriority, TicketStatus } from '../../../../src-shared/domain/ticket-types'

export type TicketsTab = 'queue' | 'surveys' | 'insights'
/** `work` = open and pending (the queue's default). */
export type StatusFilter = 'work' | 'all' | TicketStatus

export interface QueueFilters {
  status: StatusFilter
  kind: TicketKind | ''
  priority: TicketPriority | ''
  search: string
}

interface TicketsViewStore {
  tab: TicketsTab
  filters: QueueFilters
  setTab(tab: TicketsTab): void
  setFilter<K extends keyof QueueFilters>(key: K, value: QueueFilters[K]): void
}

/** The Tickets page's tab and queue filters, kept while the owner opens a ticket and comes back. */
export const useTicketsView = create<TicketsViewStore>()((set) => ({
  tab: 'queue',
  filters: { status: 'work', kind: '', priority: '', search: '' },
  setTab: (tab) => set({ tab }),
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value } })),
}))

const ALL_STATUSES: TicketStatus[] = ['open', 'pending', 'resolved', 'closed']

/** The `tickets.queue` input for the filters (paging added by the rows hook). */
export function queueQuery(filters: QueueFilters, search: string) {
  return {
    ...(filters.status === 'work' ? {} : { statuses: filters.status === 'all' ? ALL_STATUSES : [filters.status] }),
    ...(filters.kind ? { kinds: [filters.kind] } : {}),
    ...(filters.priority ? { priorities: [filters.priority] } : {}),
    ...(search.trim() ? { query: search.trim() } : {}),
  }
}
/** With a dashboard drill-down (`drill`), the queue shows the tickets behind the mark instead. */
export type QueueQuery = ReturnType<typeof queueQuery> & { drill?: TicketDrill }
