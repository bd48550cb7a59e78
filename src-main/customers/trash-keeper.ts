import { AppError } from '../../src-shared/ipc/app-error'
import { defineService } from '../ipc/backend-services'
import type { HandlerContext } from '../ipc/context'
import { purgeExpired, purgePending } from './purge'
import { readRetentionDays } from './trash-retention'
import { CUSTOMER_ENTITIES } from './customer-entities'

/** The first sweep waits until the first page is up; then one every six hours. */
const FIRST_SWEEP_MS = 5_000
const SWEEP_EVERY_MS = 6 * 3_600_000

/**
 * Keeps the Trash to its retention period while the app runs, and never loses an Undo window:
 * at start it finishes the "delete for good" requests a crash left pending (their toast is
 * long gone), and when the app closes it finishes those whose toast is still showing.
 */
export class TrashKeeper {
  private timers: NodeJS.Timeout[] = []

  constructor(private readonly ctx: HandlerContext) {}

  /** Called once by the app's boot (not by tests or the CLI, which open files briefly). */
  start(): void {
    const first = setTimeout(() => this.sweep(true), FIRST_SWEEP_MS)
    const every = setInterval(() => this.sweep(false), SWEEP_EVERY_MS)
    first.unref()
    every.unref()
    this.timers = [first, every]
  }

  /** Deletes what the retention period says is due (and, at start, what a crash left pending). */
  sweep(atStart: boolean): number {
    const { db } = this.ctx
    if (!db.open || this.ctx.integrity().status === 'corrupt') return 0
    try {
      // An import holds the write lock: the next sweep will do it.
      this.ctx.jobs.assertNoWritingJob()
      const count = (atStart ? purgePending(db) : 0) + purgeExpired(db, readRetentionDays(db))
      if (count > 0) this.ctx.emit('data.changed', { entities: CUSTOMER_ENTITIES })
      return count
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'job_busy')) console.error('[trash] sweep failed', error)
      return 0
    }
  }

  close(): void {
    this.timers.forEach(clearTimeout)
    this.timers = []
    try {
      // Writes only when something is pending: a file that refuses writes at close (a writing
      // job still ending, a damaged file) with nothing pending logs nothing.
      if (this.ctx.db.open) purgePending(this.ctx.db)
    } catch (error) {
      // The file is busy or read-only: the next start finishes the pending deletes.
      console.error('[trash] pending deletes left for the next start', error)
    }
  }
}

export const trashKeeper = defineService('customers.trashKeeper', (ctx) => new TrashKeeper(ctx))
