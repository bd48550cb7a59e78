import { z } from 'zod'
import { RFM_SEGMENTS } from '../../domain/analytics'
import { SURVEY_KINDS } from '../../domain/survey-types'
import { id, isoDate } from '../schemas'
import { clustersInput } from './analytics'

/**
 * Drill-down filters: the records behind one mark of a dashboard chart. Each is answered in the
 * main process with the chart's own definition (src-main/insights/drill/), so a list narrowed
 * by one holds exactly as many rows as the mark showed.
 */

/** Orders that count as sales (the insights' rule), optionally one campaign's or holding every product of a bundle rule. */
export const orderDrill = z.strictObject({
  counted: z.literal(true),
  campaignId: id.optional(),
  productIds: z.array(id).min(1).max(6).optional(),
})

/** Customers of one RFM segment as of a day, or of one k-means cluster of a clustering. */
export const customerDrill = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rfm'), segment: z.enum(RFM_SEGMENTS), asOf: isoDate }),
  z.strictObject({ kind: z.literal('cluster'), clusters: clustersInput, cluster: z.int().min(0).max(7) }),
])

/** Deals created in the range (either end open) that got at least as far as a funnel stage. */
export const dealDrill = z.strictObject({ reachedStageId: id, from: isoDate.optional(), to: isoDate.optional() })

/** Tickets the service figures count: opened on local days `from`..`to` (any status, merged-away left out). */
export const ticketDrill = z
  .strictObject({ from: isoDate, to: isoDate })
  .refine((v) => v.from <= v.to, { message: 'analytics.errors.fromAfterTo', path: ['to'] })

/**
 * Survey answers the service figures count: of one kind, scored `minScore`..`maxScore` (one CSAT
 * bar, or an NPS group such as promoters 9–10), given on local days `from`..`to`, whatever became
 * of their ticket or request (answers can come without either: imported, periodic NPS).
 */
export const answerDrill = z
  .strictObject({
    kind: z.enum(SURVEY_KINDS),
    minScore: z.int().min(0).max(10),
    maxScore: z.int().min(0).max(10),
    from: isoDate,
    to: isoDate,
  })
  .refine((v) => v.from <= v.to, { message: 'analytics.errors.fromAfterTo', path: ['to'] })
  .refine((v) => v.minScore <= v.maxScore, { message: 'tickets.validation.scoreRange', path: ['maxScore'] })

export type OrderDrill = z.output<typeof orderDrill>
export type CustomerDrill = z.output<typeof customerDrill>
export type DealDrill = z.output<typeof dealDrill>
export type TicketDrill = z.output<typeof ticketDrill>
export type AnswerDrill = z.output<typeof answerDrill>
