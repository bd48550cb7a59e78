import { DAY_MS } from '../calendar/festivals'
import { insertTask } from '../../tasks/write'
import { iso, type SeedContext } from '../seed-context'
import { TASK_TITLES } from '../vocab/sales-text'
import type { CustomerPlan } from './customer-plan'
import type { DealLog } from './deals'

/**
 * To-dos: follow-ups for a few percent of customers and one for every open deal. Past ones
 * are mostly done; some are overdue and some are due in the coming weeks, so the task list
 * and reminders have something to show on the day the data is generated.
 */
export function generateTasks(ctx: SeedContext, customers: CustomerPlan, deals: DealLog): void {
  const rng = ctx.rng('tasks')
  const { asOfMs } = ctx.calendar
  const write = (customer: number, deal: number | null, notBefore: number): void => {
    const due = Math.max(notBefore + DAY_MS, asOfMs + (rng.next() * 90 - 60) * DAY_MS)
    const created = Math.max(notBefore + 60_000, Math.min(asOfMs - 60_000, due - rng.int(1, 15) * DAY_MS))
    const done =
      due < asOfMs && rng.chance(0.8) ? Math.min(asOfMs - 1, Math.max(created, due + (rng.next() - 0.7) * 2 * DAY_MS)) : null
    const remind = rng.chance(0.4) ? due - 3_600_000 : null
    const uid = ctx.uid(created)
    const task = {
      title: ctx.say(rng.pick(TASK_TITLES)),
      dueAt: iso(due),
      remindAt: remind === null ? null : iso(remind),
      doneAt: done === null ? null : iso(done),
      customerId: customers.ids[customer],
      dealId: deal,
    }
    insertTask(ctx.db, task, { uid, createdAt: iso(created), updatedAt: iso(done ?? created) })
  }
  const count = Math.round(customers.count * 0.04)
  for (let i = 0; i < count; i++) {
    const c = rng.int(0, customers.count)
    write(c, null, customers.createdMs[c])
  }
  let dealTasks = 0
  deals.ids.forEach((deal, d) => {
    if (!deals.open[d]) return
    write(deals.customer[d], deal, deals.toMs[d])
    dealTasks++
  })
  ctx.wrote('tasks', count + dealTasks)
}
