import type { TicketDrill } from '../../../src-shared/ipc/channels/drill'
import { OPENED_IN_PERIOD, SERVICE_TICKET, servicePeriod } from '../sql/service-rows'

/** The tickets behind a ticket-volume bar, as conditions over `tickets t`: the service figures' own rule. */
export function ticketDrillSql(drill: TicketDrill): { clauses: string[]; params: Record<string, string> } {
  return { clauses: [SERVICE_TICKET, OPENED_IN_PERIOD], params: servicePeriod(drill.from, drill.to) }
}
