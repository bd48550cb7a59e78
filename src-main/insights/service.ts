import { randomUUID } from 'node:crypto'
import { dataVersion } from '../db/data-version'
import { defineService } from '../ipc/backend-services'
import type { HandlerContext } from '../ipc/context'
import { analysisTable, asOf, type AnalysisInput, type AnalysisKind, type AnalysisOutput } from './analysis-table'
import { localToday } from './lib/dates'
import { ResultCache } from './result-cache'

/** One per backend: the results cache and the analytics worker (stopped with the backend). */
const insights = defineService('insights', (ctx) => ({
  cache: new ResultCache(),
  runner: ctx.workers.runner(analysisTable, () => import('./analytics-worker-path')),
}))

/**
 * A heavy analysis through the runner, cached per (kind, input, today, data version), with
 * `job.progress` events tagged `analytics.<kind>` so the dashboard can show a progress bar, and
 * cancellable by `jobs.cancel` (a cancelled result is not cached: the next ask starts again).
 */
export function runHeavy<K extends AnalysisKind>(
  ctx: HandlerContext,
  kind: K,
  input: AnalysisInput<K>,
): Promise<AnalysisOutput<K>> {
  const { cache, runner } = ctx.services.get(insights)
  const today = localToday()
  return cache.get(JSON.stringify([kind, input, today]), dataVersion(ctx.db), () => {
    const jobId = randomUUID()
    const onProgress = (done: number, total: number, phase?: string): void =>
      ctx.emit('job.progress', { jobId, kind: `analytics.${kind}`, done, total, phase })
    // Said at once: the worker runs one analysis at a time, and a card waiting its turn can
    // then say so and offer Cancel (`jobs.cancel`); the task says `started` when it begins.
    onProgress(0, 1, 'queued')
    return ctx.jobs.follow(jobId, runner.start(kind, asOf(input, today), onProgress))
  })
}

/** A light analysis (one aggregate query) on the main connection, cached the same way. */
export function runLight<T>(ctx: HandlerContext, name: string, input: unknown, compute: (today: string) => T): Promise<T> {
  const today = localToday()
  return ctx.services
    .get(insights)
    .cache.get(JSON.stringify([name, input, today]), dataVersion(ctx.db), async () => compute(today))
}
