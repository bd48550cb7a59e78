import { z } from 'zod'
import { channel } from '../channel'
import { customerInput, customerPatch } from '../../domain/customer'
import type {
  Activity,
  CustomerDetail,
  CustomerRow,
  CustomerSearchHit,
  DuplicateMatch,
  OrderSummary,
} from '../../domain/customer-types'
import { id, ids, isoDateTimeWithOffset, limit, paging, text } from '../schemas'
import { mergeChoices } from '../../domain/customer-merge'
import { customerTrashChannels } from './customer-trash'
import { listInput, tagInput } from './customer-schemas'

const none = z.strictObject({})

/** The customer list, detail, edits, trash, merge, tags on customers, timeline and orders. */
export const customerChannels = {
  /** One page of the table; `total` counts every match. Trash view lists soft-deleted rows. */
  'customers.list': channel<{ rows: CustomerRow[]; total: number }>()(listInput),
  'customers.get': channel<CustomerDetail>()(z.strictObject({ id })),
  /** Creates even when duplicates exist; they are returned so the UI can offer a merge. */
  'customers.create': channel<{ customer: CustomerDetail; duplicates: DuplicateMatch[] }>()(customerInput),
  /** Live customers with the same normalised phone or email, for warnings while typing. */
  'customers.findDuplicates': channel<DuplicateMatch[]>()(
    z.strictObject({
      phone: text(40).optional(),
      email: text(254).optional(),
      excludeId: id.optional(),
    }),
  ),
  'customers.update': channel<CustomerDetail>()(z.strictObject({ id, patch: customerPatch })),
  /** Soft delete (to Trash); `restore` undoes it. */
  'customers.delete': channel<{ count: number }>()(z.strictObject({ ids })),
  'customers.restore': channel<{ count: number }>()(z.strictObject({ ids })),
  /**
   * Moves everything of `mergeId` onto `keepId`; each field keeps the chosen side's value
   * (keep's by default, the merged one's where keep has none), values not kept go into a
   * timeline entry; mergeId goes to the Trash as merged (undo: `customers.undoMerge`).
   */
  'customers.merge': channel<CustomerDetail>()(
    z
      .strictObject({ keepId: id, mergeId: id, choices: mergeChoices.optional() })
      .refine((v) => v.keepId !== v.mergeId, { error: 'customers.validation.mergeSelf', path: ['mergeId'] }),
  ),
  'customers.tag': channel<{ count: number }>()(tagInput),
  'customers.untag': channel<{ count: number }>()(tagInput),
  /** Distinct cities and sources of live customers, for filter menus. */
  'customers.facets': channel<{ cities: string[]; sources: string[] }>()(none),
  /** Newest first; activities plus `purchase` entries derived from orders. Page with `before`. */
  'customers.timeline': channel<Activity[]>()(
    z.strictObject({ customerId: id, before: isoDateTimeWithOffset.optional(), limit: limit(200) }),
  ),
  'customers.orders': channel<{ rows: OrderSummary[]; total: number }>()(
    z.strictObject({ customerId: id, ...paging(200, 1_000_000) }),
  ),
  /** Quick results for the command palette, best matches first. */
  'customers.search': channel<CustomerSearchHit[]>()(z.strictObject({ query: text(100), limit: limit(20) })),
  ...customerTrashChannels,
}
