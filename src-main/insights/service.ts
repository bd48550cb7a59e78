import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { HandlerContext } from '../ipc/context'
import { dataVersion } from './data-version'
import type { JobInput, JobKind, JobOutput } from './jobs'
import { localToday } from './lib/dates'
import { ResultCache } from './result-cache'
import { defaultRunner } from './runner/default-runner'
import type { InsightsRunner } from './runner/runner'

interface Insights {
  cache: ResultCache
  runner: InsightsRunner
}

// One per open data file; dropped with its connection.
const services = new WeakMap<Database.Database, Insights>()

function insightsFor(ctx: HandlerContext): Insights {
  let insights = services.get(ctx.db)
  if (!insights) services.set(ctx.db, (insights = { cache: new ResultCache(), runner: defaultRunner(ctx.db, ctx.dataFile) }))
  return insights
}

/** Swaps the runner for a data file (tests of the worker path; tools). The old one is closed. */
export async function useInsightsRunner(ctx: HandlerContext, runner: InsightsRunner): Promise<void> {
  const insights = insightsFor(ctx)
  const previous = insights.runner
  insights.runner = runner
  await previous.close()
}

/** Stops the analytics worker of a data file (before closing or replacing the file). */
export async function closeInsights(db: Database.Database): Promise<void> {
  await services.get(db)?.runner.close()
  services.delete(db)
}

/**
 * A heavy analysis through the runner, cached per (kind, input, today, data version), with
 * `job.progress` events tagged `analytics.<kind>` so the dashboard can show a progress bar.
 */
export function runHeavy<K extends JobKind>(ctx: HandlerContext, kind: K, input: JobInput<K>): Promise<JobOutput<K>> {
  const { cache, runner } = insightsFor(ctx)
  const today = localToday()
  return cache.get(JSON.stringify([kind, input, today]), dataVersion(ctx.db), () => {
    const jobId = randomUUID()
    const onProgress = (done: number, total: number, phase?: string): void =>
      ctx.emit('job.progress', { jobId, kind: `analytics.${kind}`, done, total, phase })
    return runner.run({ jobId, kind, input, today, onProgress })
  })
}

/** A light analysis (one aggregate query) on the main connection, cached the same way. */
export function runLight<T>(ctx: HandlerContext, name: string, input: unknown, compute: (today: string) => T): Promise<T> {
  const today = localToday()
  return insightsFor(ctx).cache.get(JSON.stringify([name, input, today]), dataVersion(ctx.db), async () => compute(today))
}
