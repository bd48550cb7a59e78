import type { RowIssue } from '../../src-shared/ipc/channels/csv-import'

/** Most a file's failed rows kept for "download the failed rows" (memory stays bounded) … */
export const FAILED_ROWS_CAP = 100_000
/** … and most of their text (a hostile file's rows may each be megabytes long). */
const FAILED_TEXT_CAP = 64 * 1024 * 1024

/** The rows that failed, as read, with their row number and reasons, for the user to fix. */
export class FailedRows {
  readonly rows: { row: number; cells: string[]; reasons: string }[] = []
  header: string[] = []
  dropped = 0

  private text = 0

  add(row: number, cells: string[], issues: RowIssue[]): void {
    const size = cells.reduce((sum, cell) => sum + cell.length, 0)
    if (this.rows.length >= FAILED_ROWS_CAP || this.text + size > FAILED_TEXT_CAP) {
      this.dropped++
      return
    }
    this.text += size
    const reasons = issues.map((i) => (i.column ? `${i.column}: ${i.reason}` : i.reason)).join('; ')
    this.rows.push({ row, cells, reasons })
  }
}
