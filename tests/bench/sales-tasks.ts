import { performance } from 'node:perf_hooks'
import type { Backend } from '../../src-main/app/boot'
import type { BenchContext } from './context'
import { median, round } from './measure'

/** How many tasks the Today figure is measured over (issue 11, section 6). */
export const TODAY_TASKS = 10_000

/**
 * The tasks part of the `sales` group (issue 11, section 3), on the seeded shop:
 * - `sales.todayTasks.ms`: the whole Today view through the real registrar (`tasks.today` with
 *   its defaults: overdue, due today, the next seven days, and the open deals with nothing
 *   planned), median of 20 runs after 3 warm-ups, over `sales.tasks` live tasks;
 * - `sales.todayTasks.cpu_ms`: this process's CPU time per run over the same 20 runs — on a
 *   machine shared with other work the wall time waits for a core, the CPU time much less so.
 * The seed plans a follow-up for a few percent of customers and every open deal; when that is
 * fewer than 10,000, its tasks are repeated a few days apart (same titles, records, done share
 * and reminders) until there are 10,000.
 */
export async function taskFigures(ctx: BenchContext, backend: Backend): Promise<Record<string, number>> {
  const { db } = backend
  const count = (): number => db.prepare('SELECT count(*) FROM tasks WHERE deleted_at IS NULL').pluck().get() as number
  for (let shift = 1; count() < TODAY_TASKS; shift++) topUp(backend, TODAY_TASKS - count(), shift)
  const tasks = count()
  const today = async (): Promise<number> => {
    const start = performance.now()
    const result = await backend.dispatch('tasks.today', {})
    if (!result.ok) throw new Error(`tasks.today failed: ${JSON.stringify(result)}`)
    return performance.now() - start
  }
  for (let i = 0; i < 3; i++) await today()
  const times: number[] = []
  const cpu = process.cpuUsage()
  for (let i = 0; i < 20; i++) times.push(await today())
  const { user, system } = process.cpuUsage(cpu)
  const figures = {
    'sales.tasks': tasks,
    'sales.todayTasks.ms': round(median(times)),
    'sales.todayTasks.cpu_ms': round((user + system) / 1000 / 20),
  }
  ctx.log(`${tasks} tasks: ${JSON.stringify(figures)}`)
  return figures
}

/** Repeats up to `needed` seeded tasks `shift` × 3 days later (all-day dues move by local days). */
function topUp(backend: Backend, needed: number, shift: number): void {
  const days = `'+${shift * 3} days'`
  const later = (column: string): string =>
    `CASE WHEN ${column} IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ', ${column}, ${days}) END`
  backend.db
    .prepare(
      `INSERT INTO tasks (title, notes, due_at, due_date, remind_at, done_at, customer_id, deal_id, order_id, ticket_id,
         created_at, updated_at)
       SELECT title, notes, ${later('due_at')}, CASE WHEN due_date IS NULL THEN NULL ELSE date(due_date, ${days}) END,
         ${later('remind_at')}, done_at, customer_id, deal_id, order_id, ticket_id, created_at, updated_at
       FROM tasks WHERE deleted_at IS NULL ORDER BY id LIMIT ?`,
    )
    .run(needed)
}
