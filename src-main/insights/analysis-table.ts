import type Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import { taskTable, type Task, type TaskInput, type TaskName, type TaskOutput } from '../workers/task'
import type { AnalysisEnv } from './compute/analysis-env'
import { computeBundles } from './compute/bundles'
import { computeChurn } from './compute/churn'
import { computeClusters } from './compute/clusters'
import { computeForecast } from './compute/forecast'
import { computeRfm } from './compute/rfm-segments'
import { churnLabels, clusterLabels, rfmLabels } from './drill/labels'
import { clusterMembers, rfmMembers } from './drill/members'

/** An analysis's input with the local day it is "as of" (also part of the cache key). */
export interface Dated<I> {
  input: I
  today: string
}

const dated =
  <I, O>(compute: (db: Database.Database, input: I, env: AnalysisEnv) => O): Task<'read-only', Dated<I>, O> =>
  (db, { input, today }, { progress, isCancelled }) => {
    // A cancel takes effect at the analysis's next step: each reports its steps.
    const step = (done: number, total: number, phase?: string): void => {
      if (isCancelled()) throw new AppError('cancelled')
      progress(done, total, phase)
    }
    step(0, 1, 'started')
    return compute(db, input, { today, progress: step })
  }

/**
 * The heavy analyses, by kind: what the analytics worker serves on its read-only connection
 * (inline under vitest, on the main connection), so what the tests check is what the app runs.
 */
export const analysisTable = taskTable({
  name: 'analytics',
  access: 'read-only',
  tasks: {
    forecast: dated(computeForecast),
    churn: dated(computeChurn),
    rfm: dated(computeRfm),
    clusters: dated(computeClusters),
    bundles: dated(computeBundles),
    rfmMembers: dated(rfmMembers),
    clusterMembers: dated(clusterMembers),
    rfmLabels: dated(rfmLabels),
    churnLabels: dated(churnLabels),
    clusterLabels: dated(clusterLabels),
  },
})

export type AnalysisKind = TaskName<typeof analysisTable>
export type AnalysisInput<K extends AnalysisKind> = TaskInput<typeof analysisTable, K>['input']
export type AnalysisOutput<K extends AnalysisKind> = TaskOutput<typeof analysisTable, K>

/** The task input for an analysis of `kind`: its channel input, as of the local day `today`. */
export const asOf = <K extends AnalysisKind>(input: AnalysisInput<K>, today: string): TaskInput<typeof analysisTable, K> =>
  ({ input, today }) as TaskInput<typeof analysisTable, K>
