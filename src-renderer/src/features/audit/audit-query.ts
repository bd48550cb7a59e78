import type { AuditFilter } from '../../../../src-shared/ipc/channels/audit'
import type { AuditFilterDraft } from './audit-filters'

/** The start of a local calendar day as an instant (UTC `Z`), as the log's times are stored. */
function localMidnight(day: string, plusDays = 0): string {
  const [year, month, date] = day.split('-').map(Number)
  return new Date(year, month - 1, date + plusDays).toISOString()
}

/** The channel's filter from the draft: empty fields dropped, days turned into a half-open span of instants. */
export function toAuditFilter(draft: AuditFilterDraft, text: string): AuditFilter {
  return {
    entity: draft.entity || undefined,
    action: draft.action || undefined,
    from: draft.from ? localMidnight(draft.from) : undefined,
    to: draft.to ? localMidnight(draft.to, 1) : undefined,
    text: text.trim() || undefined,
  }
}
