import { addCustomerTag } from '../../customers/tag-write'
import { insertCustomer } from '../../customers/write'
import { iso, type SeedContext } from '../seed-context'
import { makeCustomerProfile } from './customer-profile'
import { Lifecycle, planCustomer, type CustomerPlan } from './customer-plan'
import { chooseTags, insertTags } from './tags'

/**
 * Inserts `count` customers with their tags through the customers module's own insert (so
 * phone_norm, email_norm and the pinyin keys are exactly what the app writes); returns their
 * plan for the later steps.
 */
export function generateCustomers(ctx: SeedContext, count: number): CustomerPlan {
  const rng = ctx.rng('customers')
  const tagRng = ctx.rng('customer-tags')
  const tagIds = insertTags(ctx)
  const plan: CustomerPlan = {
    count,
    ids: new Int32Array(count),
    lifecycle: new Uint8Array(count),
    firstDay: new Int32Array(count),
    createdMs: new Float64Array(count),
    endDay: new Int32Array(count),
  }
  let tagged = 0
  for (let i = 0; i < count; i++) {
    const { lifecycle, firstDay, endDay } = planCustomer(rng, ctx.calendar)
    const createdMs = ctx.calendar.timeOn(firstDay, rng)
    const created = iso(createdMs)
    // Regulars get their details touched up now and then; others were never edited.
    const updated =
      lifecycle === Lifecycle.loyal && rng.chance(0.5)
        ? iso(ctx.calendar.timeOn(rng.int(firstDay, ctx.calendar.days), rng))
        : created
    // updated_at has a wall-clock default; giving it keeps the same seed's rows identical.
    const id = insertCustomer(ctx.db, makeCustomerProfile(rng, i, ctx.locale), {
      uid: ctx.uid(createdMs),
      createdAt: created,
      updatedAt: updated > created ? updated : created,
    })
    plan.ids[i] = id
    plan.lifecycle[i] = lifecycle
    plan.firstDay[i] = firstDay
    plan.createdMs[i] = createdMs
    plan.endDay[i] = endDay
    for (const tag of chooseTags(tagRng, lifecycle, ctx.calendar.days - firstDay)) {
      addCustomerTag(ctx.db, id, tagIds[tag], created)
      tagged++
    }
    if ((i + 1) % 10_000 === 0) ctx.wrote('customers', 10_000)
  }
  ctx.wrote('customers', count % 10_000)
  ctx.wrote('customer_tags', tagged)
  return plan
}
