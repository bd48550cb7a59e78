import { z } from 'zod'
import { channel } from '../channel'
import { isoDateTime, paging, text } from '../schemas'
import type { ExportResult } from './csv-export'

/** The actions the audit log records (its table's CHECK). */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'merge', 'import', 'undo', 'settings'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/** One change as the audit page shows it. */
export interface AuditRow {
  id: number
  at: string
  entity: string
  entityId: number | null
  action: AuditAction
  /** The record (or the changed part) before and after, as logged. */
  before: unknown
  after: unknown
}

/** What narrows the log; `from`/`to` are instants (the renderer turns the owner's local days into them). */
export const auditFilter = z.strictObject({
  entity: text(40).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  /** Matched anywhere in the logged before/after (case-insensitive for Latin letters). */
  text: text(100).optional(),
})
export type AuditFilter = z.infer<typeof auditFilter>

/** The audit log page: every write, newest first. */
export const auditChannels = {
  'audit.list': channel<{ rows: AuditRow[]; total: number }>()(auditFilter.extend(paging(500))),
  /** The kinds of record the log holds, for the filter. */
  'audit.entities': channel<string[]>()(z.strictObject({})),
  /** Asks where to save and writes the filtered log as CSV; null on Cancel. */
  'audit.export': channel<ExportResult | null>()(auditFilter),
}
