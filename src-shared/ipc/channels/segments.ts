import { z } from 'zod'
import { channel } from '../channel'
import { id, limit, wellFormed } from '../schemas'
import { segmentDefinition, type LifecycleStage, type SegmentDefinition } from '../../domain/segment'

/** A saved segment: a definition, or a snapshot of one (`frozenAt` set, members stored). */
export interface SavedSegment {
  id: number
  name: string
  definition: SegmentDefinition
  /** When the snapshot was taken (UTC instant); null for a live definition. */
  frozenAt: string | null
  /** The segment a snapshot was frozen from. */
  frozenFromId: number | null
  updatedAt: string
}

export interface SegmentCount {
  count: number
  /** The day the analyses used (RFM, churn, clusters, lifecycle's churn) were computed as of; null when none was. */
  asOf: string | null
}

export interface SegmentListItem extends SavedSegment, SegmentCount {}

export interface SegmentPreviewRow {
  id: number
  name: string
  phone: string | null
  lastPurchaseAt: string | null
  /** Counted orders and their total (minor units). */
  orders: number
  spend: number
  lifecycle: LifecycleStage
}

export interface SegmentPreview extends SegmentCount {
  rows: SegmentPreviewRow[]
}

const name = wellFormed(z.string().trim().min(1).max(100))

/** Saved segments: live counts, a preview, and their writes (audited, undoable). */
export const segmentChannels = {
  /** How many live customers a definition picks now. */
  'segments.count': channel<SegmentCount>()(z.strictObject({ definition: segmentDefinition })),
  /** The count and the first rows (by name). */
  'segments.preview': channel<SegmentPreview>()(z.strictObject({ definition: segmentDefinition, limit: limit(100).default(20) })),
  /** Live segments with their counts now (a snapshot's count: its stored members still live). */
  'segments.list': channel<SegmentListItem[]>()(z.strictObject({})),
  'segments.get': channel<SegmentListItem>()(z.strictObject({ id })),
  /** Creates (no id) or renames / redefines a segment. */
  'segments.save': channel<SavedSegment>()(z.strictObject({ id: id.optional(), name, definition: segmentDefinition })),
  /** Moves a segment to the Trash; `segments.restore` undoes it. */
  'segments.delete': channel<SavedSegment>()(z.strictObject({ id })),
  'segments.restore': channel<SavedSegment>()(z.strictObject({ id })),
  /** Stores who is in the segment now as a dated snapshot (a new segment); returns the snapshot. */
  'segments.freeze': channel<SegmentListItem>()(z.strictObject({ id, name: name.optional() })),
}

/** One customer's lifecycle stage and what it was decided from (the record page explains it). */
export interface CustomerLifecycle {
  stage: LifecycleStage
  orders: number
  lastPurchaseAt: string | null
  /** Whole local days since the last purchase. */
  daysSince: number | null
  /** Average days between their orders (two or more orders). */
  averageGapDays: number | null
  overdue: boolean
  churnHigh: boolean
  lapsedDays: number
  /** The day the churn analysis used is as of; null when it could not be fitted. */
  asOf: string | null
}

export interface LifecycleDistribution {
  stages: Record<LifecycleStage, number>
  lapsedDays: number
  asOf: string | null
}

/** Lifecycle stages: one customer's, how many in each, and the owner's "lapsed after N days". */
export const lifecycleChannels = {
  'segments.lifecycle': channel<CustomerLifecycle>()(z.strictObject({ customerId: id })),
  'segments.lifecycleDistribution': channel<LifecycleDistribution>()(z.strictObject({})),
  'segments.setLapsedDays': channel<{ lapsedDays: number }>()(z.strictObject({ days: z.int().min(30).max(3650) })),
}
