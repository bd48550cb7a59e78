import type Database from 'better-sqlite3'
import type { Locale } from '../../../src-shared/i18n'
import type { AuditFilter } from '../../../src-shared/ipc/channels/audit'
import type { ExportResult } from '../../../src-shared/ipc/channels/csv-export'
import { writingTo } from '../../csv/ipc/export-job'
import type { TaskEnv } from '../../workers/task'
import { exportAudit } from './export'
import { countAudit } from './query'

export interface AuditExportJobInput {
  filter: AuditFilter
  path: string
  locale: Locale
}

/**
 * The filtered audit log as one CSV, on the jobs worker (progress, Cancel): counted and written
 * from one read transaction, so the progress total is the file's row count.
 */
export function auditExportJob(db: Database.Database, input: AuditExportJobInput, env: TaskEnv): Promise<ExportResult> {
  return writingTo(input.path, () =>
    db.transaction(() => {
      const total = countAudit(db, input.filter)
      env.progress(0, total, 'write')
      return { files: [exportAudit(db, input.filter, input.path, input.locale, { total, env })] }
    })(),
  )
}
