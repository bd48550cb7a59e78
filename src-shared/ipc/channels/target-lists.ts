import { z } from 'zod'
import type { ExclusionReason } from '../../domain/consent'
import { channel } from '../channel'
import { id } from '../schemas'
import { EXPORT_ENCODINGS } from './csv-types'
import type { ExportedFile } from './csv-export'

/** Columns every target list has: who, and how to reach them. */
export const TARGET_BASE_COLUMNS = ['name', 'phone', 'wechatId', 'tags'] as const
/** Columns the owner may add. */
export const TARGET_EXTRA_COLUMNS = [
  'code',
  'email',
  'city',
  'source',
  'orderCount',
  'lifetimeValue',
  'lastPurchaseAt',
  'consent',
  'consentOn',
] as const
export type TargetColumn = (typeof TARGET_BASE_COLUMNS)[number] | (typeof TARGET_EXTRA_COLUMNS)[number]

/** Whose list: a saved segment's customers (a snapshot's frozen members) or a campaign's members. */
export const targetSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('segment'), segmentId: id }),
  z.strictObject({ kind: z.literal('campaign'), campaignId: id }),
])
export type TargetSource = z.infer<typeof targetSource>

const targetQuery = {
  source: targetSource,
  /** Keep customers never asked (consent "unknown"); refusals and do-not-contact are always left out. */
  includeUnknown: z.boolean().default(false),
}

export const targetExportInput = z.strictObject({
  ...targetQuery,
  columns: z
    .array(z.enum(TARGET_EXTRA_COLUMNS))
    .max(TARGET_EXTRA_COLUMNS.length)
    .refine((list) => new Set(list).size === list.length, { error: 'each column once' })
    .default([]),
  encoding: z.enum(EXPORT_ENCODINGS).default('utf8bom'),
})
export type TargetExportInput = z.output<typeof targetExportInput>

/** The members, and who is left out and why (each person once, under the first reason that applies). */
export interface TargetCount {
  members: number
  excluded: Record<ExclusionReason, number>
  /** Rows the file holds: members minus every exclusion. */
  rows: number
}

export interface TargetExportResult {
  file: ExportedFile
  count: TargetCount
}

export const targetListChannels = {
  /** How many the list holds and how many are left out, before writing. */
  'targets.count': channel<TargetCount>()(z.strictObject(targetQuery)),
  /** Asks where to save and writes the list as CSV (a job: progress and Cancel); null when the dialog is cancelled. */
  'targets.export': channel<TargetExportResult | null>()(targetExportInput),
}
