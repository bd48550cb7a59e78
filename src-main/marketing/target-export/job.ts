import type Database from 'better-sqlite3'
import type { Locale } from '../../../src-shared/i18n'
import type { TargetExportInput, TargetExportResult } from '../../../src-shared/ipc/channels/target-lists'
import { writingTo } from '../../csv/ipc/export-job'
import type { TaskEnv } from '../../workers/task'
import type { SegmentAnalyses } from '../segments/analyses'
import { countTargets } from './consent-filter'
import { targetMemberIds } from './members'
import { writeTargetList } from './write-list'

export interface TargetExportJobInput extends TargetExportInput {
  path: string
  locale: Locale
  /** A live segment's analyses, as its count used them (source-analyses.ts). */
  analyses?: SegmentAnalyses
}

/**
 * A target list as one CSV, on the jobs worker: the members are resolved, counted and written
 * from one read transaction, so the count the result reports is the file's.
 */
export function targetExportJob(db: Database.Database, input: TargetExportJobInput, env: TaskEnv): Promise<TargetExportResult> {
  return writingTo(input.path, () =>
    db.transaction(() => {
      const ids = targetMemberIds(db, input.source, input.analyses)
      const count = countTargets(db, ids, input.includeUnknown)
      env.progress(0, count.rows, 'write')
      const { name, rows, sha256 } = writeTargetList(db, { ...input, ids }, count.rows, env)
      return { file: { name, rows, sha256 }, count }
    })(),
  )
}
