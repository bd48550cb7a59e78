import type { RowIssue } from '../../src-shared/ipc/channels/csv-import'

/** Most a file's failed rows kept for "download the failed rows" (memory stays bounded). */
export const FAILED_ROWS_CAP = 100_000

/** The rows that failed, as read, with their row number and reasons, for the user to fix. */
export class FailedRows {
  readonly rows: { row: number; cells: string[]; reasons: string }[] = []
  header: string[] = []
  dropped = 0

  add(row: number, cells: string[], issues: RowIssue[]): void {
    if (this.rows.length >= FAILED_ROWS_CAP) {
      this.dropped++
      return
    }
    const reasons = issues.map((i) => (i.column ? `${i.column}: ${i.reason}` : i.reason)).join('; ')
    this.rows.push({ row, cells, reasons })
  }
}
