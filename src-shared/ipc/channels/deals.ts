import { z } from 'zod'
import { channel } from '../channel'
import { dealFields, dealValue } from '../../domain/deal'
import type {
  BoardResult,
  CloseMonthsResult,
  CustomerDeal,
  DealCard,
  DealDetail,
  DealNote,
  MoveResult,
} from '../../domain/deal-types'
import { dealDrill } from './drill'
import { id, isoDateTime, limit, offset, wellFormed } from '../schemas'

export const boardMessages = {
  valueRange: 'pipeline.validation.filterRange',
} as const

/** What the board shows: every filter narrows the cards and the column figures alike. */
export const boardFilter = z
  .strictObject({
    text: wellFormed(z.string()).trim().max(100).optional(),
    customerId: id.optional(),
    staleOnly: z.boolean().optional(),
    closingThisMonth: z.boolean().optional(),
    minValue: dealValue.optional(),
    maxValue: dealValue.optional(),
    /** The deals behind a funnel stage (drill-down): every status, whenever closed. */
    drill: dealDrill.optional(),
  })
  .refine((f) => f.minValue === undefined || f.maxValue === undefined || f.minValue <= f.maxValue, {
    error: boardMessages.valueRange,
    path: ['maxValue'],
  })

export type BoardFilter = z.output<typeof boardFilter>

const lostReason = wellFormed(z.string()).trim().min(1).max(500)

export const moveInput = z.strictObject({
  id,
  /** Where the card was when it was picked up: a deal that moved since is refused, not moved twice. */
  fromStageId: id,
  toStageId: id,
  /** The card it lands under (open stages); null: the top. Ignored for won and lost stages. */
  afterId: id.nullable(),
  /** Required when the target is a lost stage. */
  lostReason: lostReason.optional(),
})

export type MoveInput = z.output<typeof moveInput>

/** The pipeline board, its moves, and deals one by one (form, page, customer panel). */
export const dealChannels = {
  /** Every column's figures (the whole column, in SQL) plus its first `limit` cards. */
  'deals.board': channel<BoardResult>()(z.strictObject({ filter: boardFilter, limit: limit(1000).default(30) })),
  /** More cards of one column, for scrolling. */
  'deals.column': channel<DealCard[]>()(
    z.strictObject({ stageId: id, filter: boardFilter, offset: offset(), limit: limit(500) }),
  ),
  'deals.get': channel<DealDetail>()(z.strictObject({ id })),
  'deals.create': channel<DealDetail>()(dealFields),
  /** Applies the fields given; refused with `stale_edit` when the deal changed since `updatedAt`. */
  'deals.update': channel<DealDetail>()(z.strictObject({ id, updatedAt: isoDateTime, patch: dealFields.partial() })),
  /** A board move, in one transaction: the deal, its stage history, a timeline entry, the audit row. */
  'deals.move': channel<MoveResult>()(moveInput),
  /** Takes back a move (exact stage, place, status and probability), if nothing changed since. */
  'deals.undoMove': channel<DealCard>()(z.strictObject({ id, moveId: id })),
  /** Soft delete; `restore` undoes it. */
  'deals.delete': channel<{ count: number }>()(z.strictObject({ id })),
  'deals.restore': channel<{ count: number }>()(z.strictObject({ id })),
  /** A customer's live deals, open ones first. */
  'deals.ofCustomer': channel<CustomerDeal[]>()(z.strictObject({ customerId: id })),
  /** A note on the deal (an activity on the deal and its customer). */
  'deals.addNote': channel<DealNote>()(z.strictObject({ id, body: wellFormed(z.string()).trim().min(1).max(20000) })),
  /** Weighted value of open deals per expected close month. */
  'deals.closeMonths': channel<CloseMonthsResult>()(z.strictObject({})),
}
