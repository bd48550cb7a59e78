/** The short references ticket and survey rows carry: a customer by name, a ticket or order by number. */
export interface TicketCustomerRef {
  id: number
  name: string
  phone: string | null
}

export interface TicketRef {
  id: number
  number: string
}
