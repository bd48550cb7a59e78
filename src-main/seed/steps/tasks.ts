import { DAY_MS } from '../calendar/festivals'
import { insertTask, recordDelivery } from '../../tasks/write'
import { iso, isoDate, type SeedContext } from '../seed-context'
import { TASK_TITLES } from '../vocab/sales-text'
import type { CustomerPlan } from './customer-plan'
import type { DealLog } from './deals'

const HOUR_MS = 3_600_000

/**
 * To-dos: follow-ups for a few percent of customers and one for every open deal, due from two
 * months back to a month ahead of the day the data is generated. About half are due on a whole
 * day, the rest at a time in shop hours. Past ones are mostly done, some are overdue; four in
 * ten have a reminder (an hour before, or 9:00 on an all-day task's day), and those that came
 * due in the generated past were delivered then (their delivery rows), so a demo shop opens
 * without a flood of old reminders.
 */
export function generateTasks(ctx: SeedContext, customers: CustomerPlan, deals: DealLog): void {
  const rng = ctx.rng('tasks')
  const { asOfMs, utcOffsetMs } = ctx.calendar
  let deliveries = 0
  const write = (customer: number, deal: number | null, notBefore: number): void => {
    const around = Math.max(notBefore + DAY_MS, asOfMs + (rng.next() * 90 - 60) * DAY_MS)
    const localDay = Math.floor((around + utcOffsetMs) / DAY_MS)
    const dayStart = localDay * DAY_MS - utcOffsetMs
    const allDay = rng.chance(0.5)
    const due = allDay ? dayStart + 18 * HOUR_MS : dayStart + (9 + rng.int(0, 19) / 2) * HOUR_MS
    const created = Math.max(notBefore + 60_000, Math.min(asOfMs - 60_000, due - rng.int(1, 15) * DAY_MS))
    const done =
      due < asOfMs && rng.chance(0.8) ? Math.min(asOfMs - 1, Math.max(created, due + (rng.next() - 0.7) * 2 * DAY_MS)) : null
    const remind = rng.chance(0.4) ? (allDay ? dayStart + 9 * HOUR_MS : due - HOUR_MS) : null
    const task = {
      title: ctx.say(rng.pick(TASK_TITLES)),
      dueAt: allDay ? null : iso(due),
      dueDate: allDay ? isoDate(localDay * DAY_MS) : null,
      remindAt: remind === null ? null : iso(remind),
      doneAt: done === null ? null : iso(done),
      customerId: customers.ids[customer],
      dealId: deal,
    }
    const id = insertTask(ctx.db, task, { uid: ctx.uid(created), createdAt: iso(created), updatedAt: iso(done ?? created) })
    if (remind !== null && remind < asOfMs && (done === null || remind < done)) {
      recordDelivery(ctx.db, { taskId: id, remindAt: iso(remind), deliveredAt: iso(remind), digest: false })
      deliveries++
    }
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
  ctx.wrote('task_reminder_deliveries', deliveries)
}
