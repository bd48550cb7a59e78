import type { ImportKind } from '../../../src-shared/ipc/channels/csv-import'
import { customersKind } from './customers'
import { dealsKind } from './deals'
import { ordersKind } from './orders'
import { productsKind } from './products'
import { responsesKind } from './responses'
import { surveysKind } from './surveys'
import { ticketsKind } from './tickets'
import type { KindSpec } from './types'

/** Every importable kind; the type makes a missing one a compile error. */
export const KINDS: Record<ImportKind, KindSpec> = {
  customers: customersKind as KindSpec,
  products: productsKind as KindSpec,
  orders: ordersKind as KindSpec,
  deals: dealsKind as KindSpec,
  tickets: ticketsKind as KindSpec,
  surveys: surveysKind as KindSpec,
  responses: responsesKind as KindSpec,
}
