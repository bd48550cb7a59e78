import { insertTag } from '../../customers/tag-write'
import { iso, type SeedContext } from '../seed-context'
import type { Rng } from '../random/seed-rng'
import { TAGS } from '../vocab/customer-text'
import { Lifecycle } from './customer-plan'

/** Tag positions in `TAGS`. */
const Tag = {
  vip: 0,
  regular: 1,
  coffee: 2,
  tea: 3,
  business: 4,
  wholesale: 5,
  student: 6,
  gifts: 7,
  complained: 8,
  atRisk: 9,
  newcomer: 10,
  member: 11,
} as const

/** Interest tags any customer may carry, with their chance. */
const INTERESTS: readonly (readonly [tag: number, chance: number])[] = [
  [Tag.coffee, 0.2],
  [Tag.tea, 0.15],
  [Tag.student, 0.05],
  [Tag.gifts, 0.08],
  [Tag.member, 0.25],
  [Tag.business, 0.03],
  [Tag.wholesale, 0.01],
  [Tag.complained, 0.02],
]

/** Inserts the tag list; returns tag ids by position in `TAGS`. */
export function insertTags(ctx: SeedContext): number[] {
  const ms = ctx.calendar.timeOn(0, ctx.rng('tags'))
  const ids = TAGS.map(([name, color], i) =>
    insertTag(ctx.db, { name: ctx.say(name), color }, { uid: ctx.uid(ms + i), createdAt: iso(ms + i), updatedAt: iso(ms + i) }),
  )
  ctx.wrote('tags', ids.length)
  return ids
}

/** Tags that fit how the customer behaves (VIPs are loyal, "at risk" ones churned). */
export function chooseTags(rng: Rng, lifecycle: Lifecycle, daysSinceArrival: number): number[] {
  const tags: number[] = []
  if (lifecycle === Lifecycle.loyal && rng.chance(0.5)) tags.push(Tag.vip)
  if (lifecycle === Lifecycle.loyal && rng.chance(0.6)) tags.push(Tag.regular)
  if (lifecycle === Lifecycle.churned && rng.chance(0.4)) tags.push(Tag.atRisk)
  if (daysSinceArrival < 30 && rng.chance(0.7)) tags.push(Tag.newcomer)
  for (const [tag, chance] of INTERESTS) if (rng.chance(chance)) tags.push(tag)
  return tags
}
