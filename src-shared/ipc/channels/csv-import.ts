import { z } from 'zod'
import type { UndoResult } from '../../domain/import-undo'
import { channel } from '../channel'
import { id, limit, text, wellFormed } from '../schemas'

import {
  DELIMITER_CHOICES,
  DUPLICATE_ACTIONS,
  ENCODING_CHOICES,
  IMPORT_KINDS,
  type ImportKind,
  type ImportStatus,
} from './csv-types'

export {
  DELIMITER_CHOICES,
  DUPLICATE_ACTIONS,
  ENCODING_CHOICES,
  IMPORT_KINDS,
  IMPORT_STATUSES,
  type DuplicateAction,
  type ImportKind,
  type ImportStatus,
} from './csv-types'

/** A field key: a word, or two joined by a dot (`customer.phone`); never `__proto__` and the like. */
const FIELD_KEY = /^[A-Za-z]+(\.[A-Za-z]+)?$/

/** Field key → header name as written in the file. Field keys are ours, never header text. */
export const mappingSchema = z
  .record(wellFormed(z.string()).max(40).regex(FIELD_KEY), text(200))
  .refine((m) => Object.keys(m).length <= 60)
export type Mapping = z.infer<typeof mappingSchema>

/** The keys each kind of record can be matched on to find an existing one (the importer's allow-list). */
export const MATCH_KEYS = {
  customers: ['uid', 'code', 'phone', 'email'],
  products: ['uid', 'sku'],
  orders: ['uid', 'number'],
  deals: ['uid'],
  tickets: ['uid', 'number'],
  surveys: ['uid', 'request'],
  responses: [],
} as const satisfies Record<ImportKind, readonly string[]>
export type MatchKey = (typeof MATCH_KEYS)[ImportKind][number]
const ALL_MATCH_KEYS = [...new Set(Object.values(MATCH_KEYS).flat())] as [MatchKey, ...MatchKey[]]

/** "Rows matching an existing record on `key` are `action`ed"; the first matching rule wins. */
export const matchRule = z.strictObject({ key: z.enum(ALL_MATCH_KEYS), action: z.enum(DUPLICATE_ACTIONS) })
export type MatchRule = z.infer<typeof matchRule>

/** Refuses a rule on a key the chosen kind cannot match on (a product has no phone). */
const rulesFitKind = (settings: { kind: ImportKind; rules?: MatchRule[] }, ctx: z.core.$RefinementCtx): void => {
  const keys: readonly string[] = MATCH_KEYS[settings.kind]
  settings.rules?.forEach((rule, i) => {
    if (!keys.includes(rule.key))
      ctx.addIssue({ code: 'custom', message: 'csv.import.ruleKeyUnknown', path: ['rules', i, 'key'] })
  })
}

/**
 * Rows of one file that are the same record (same phone, email, code, SKU … on an active match
 * key): import the first, the last, each as its own record, or none of them.
 */
export const IN_FILE_POLICIES = ['first', 'last', 'both', 'skip'] as const
export type InFilePolicy = (typeof IN_FILE_POLICIES)[number]

export const importSettings = z.strictObject({
  kind: z.enum(IMPORT_KINDS),
  encoding: z.enum(ENCODING_CHOICES).default('auto'),
  delimiter: z.enum(DELIMITER_CHOICES).optional(),
  mapping: mappingSchema.optional(),
  rules: z.array(matchRule).max(8).optional(),
  /** What to do with rows of the file that are the same record; `first` when not given. */
  inFileDuplicates: z.enum(IN_FILE_POLICIES).optional(),
})
export type ImportSettings = z.input<typeof importSettings>

/** A problem with one cell or row; `reason` is translated. Warnings do not fail the row. */
export interface RowIssue {
  row: number
  column: string
  code: string
  reason: string
  severity: 'error' | 'warning'
}

export interface ImportCounts {
  /** Data rows by outcome; they add up to the rows read. */
  rows: number
  created: number
  updated: number
  skipped: number
  failed: number
  /** Records per table (an order file also creates customers and products). */
  entities: Record<string, { created: number; updated: number }>
}

/** Rows of the file that are one record (by an active match key), and which of them are imported. */
export interface InFileDuplicateGroup {
  /** Spreadsheet row numbers, in file order (the first 20 of a larger group). */
  rows: number[]
  size: number
  /** The match key that ties the rows, and its value as compared (a phone's digits). */
  key: string
  value: string
  /** The rows the chosen policy imports. */
  kept: number[]
}

/** How a changed value is shown: money in minor units, dates and times as stored. */
export type ChangeKind = 'text' | 'number' | 'money' | 'date' | 'datetime' | 'boolean' | 'gender'

export interface FieldChange {
  /** The field key (`email`, `price`, `orderedAt`, `lines` …). */
  field: string
  kind: ChangeKind
  before: string | number | null
  after: string | number | null
}

/** An existing record a row updates, and each value that changes (old → new). */
export interface UpdatePreview {
  row: number
  id: number
  /** Who or what it is: a customer's name, a SKU, an order number. */
  label: string
  changes: FieldChange[]
}

export interface ImportReport extends ImportCounts {
  importId: number | null
  dryRun: boolean
  encoding: string
  delimiter: string
  /** The first issues (errors first), capped; `issueCount` has the total. */
  issues: RowIssue[]
  issueCount: number
  warningCount: number
  /** Rows repeated within the file: how many groups and rows, the first groups in detail. */
  inFileDuplicates: { policy: InFilePolicy; groups: number; rows: number; samples: InFileDuplicateGroup[] }
  /** Existing records the file updates: how many, and the first ones with their changes. */
  updates: { total: number; samples: UpdatePreview[] }
}

/** One data row of the preview: its spreadsheet row number, cells as read, and its problems. */
export interface PreviewRow {
  row: number
  cells: string[]
  issues: RowIssue[]
}

/**
 * What the wizard shows after a file is picked: detected settings, header, the mapping in
 * use (the user's, else the one saved for this source, else suggested) and a validated
 * preview of the first rows, so each step shows what will happen before it happens.
 */
export interface ImportAnalysis {
  fileId: string
  fileName: string
  size: number
  encoding: string
  delimiter: string
  header: string[]
  mapping: Mapping
  /** True when `mapping` is the one remembered from the last import of this source. */
  savedMapping: boolean
  /** Why the mapping cannot be imported yet (translated), or null when it can. */
  mappingError: string | null
  preview: PreviewRow[]
  /** Fields of this kind, for the mapping step; required ones must be mapped. */
  fields: { key: string; required: boolean }[]
  matchKeys: MatchKey[]
  rules: MatchRule[]
  /** Match keys on which rows of one file can repeat a record (none for orders: lines repeat). */
  fileKeys: string[]
}

export interface ImportHistoryEntry {
  id: number
  kind: ImportKind
  fileName: string
  startedAt: string
  status: ImportStatus
  counts: Partial<ImportCounts>
}

const fileRef = z.strictObject({ fileId: z.uuid() })
/** Chosen by the renderer so it can cancel and follow progress before the call returns. */
const jobRef = z.strictObject({ jobId: z.uuid() })

/** The import half of the `csv.*` channels (see ./csv.ts). */
export const csvImportChannels = {
  /** Opens the main-process file dialog and analyses the chosen file (null when cancelled). */
  'csv.pick': channel<ImportAnalysis | null>()(z.strictObject({ kind: z.enum(IMPORT_KINDS) })),
  /** Re-analyses the picked file with another encoding / delimiter / kind / mapping. */
  'csv.analyze': channel<ImportAnalysis>()(fileRef.extend(importSettings.shape).superRefine(rulesFitKind)),
  /**
   * Runs a dry run or the real import as a job and answers with its report when it ends;
   * meanwhile `job.progress` events carry `jobId`, and `jobs.cancel` rolls it all back.
   */
  'csv.import': channel<ImportReport>()(
    fileRef.extend(jobRef.shape).extend(importSettings.shape).extend({ dryRun: z.boolean() }).superRefine(rulesFitKind),
  ),
  /** Saves the failed rows of a finished job with their reasons as CSV where the user chooses. */
  'csv.saveFailedRows': channel<{ saved: boolean }>()(jobRef),
  'csv.history': channel<ImportHistoryEntry[]>()(z.strictObject({ limit: limit(100).default(20) })),
  /**
   * Undoes an import: removes what it created, restores what it updated, and keeps (naming them
   * in `kept`) the records the owner has worked on since; refused when a later import builds on it.
   */
  'csv.undo': channel<UndoResult>()(z.strictObject({ importId: id })),
}
