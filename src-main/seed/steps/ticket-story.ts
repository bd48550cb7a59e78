import { DAY_MS } from '../calendar/festivals'
import type { Rng } from '../random/seed-rng'
import { weightedPicker } from '../random/weighted-table'
import type { MessageChannel, TicketStatus } from '../../../src-shared/domain/ticket-types'

const HOUR = 3_600_000

/** One entry of a seeded ticket's log (times in ms). */
export interface StoryEvent {
  kind: 'opened' | 'replied' | 'received' | 'status' | 'note'
  ms: number
  status?: TicketStatus
  channel?: MessageChannel
}

const pickChannel = weightedPicker<MessageChannel>([
  ['wechat', 50],
  ['phone', 30],
  ['in_person', 12],
  ['sms', 8],
])

/**
 * A ticket's log as it happens in a shop: opened, sometimes a note, the first reply; a third wait
 * on the customer (pending, then the customer answers and it is open again, or never answers);
 * resolved (also when the customer never came back); now and then reopened by the customer and resolved again; closed a few days after a
 * resolution more than a week old. Every time is after the one before and before `asOfMs`.
 */
export function ticketStory(
  rng: Rng,
  openedMs: number,
  firstResponseMs: number | null,
  resolvedMs: number | null,
  asOfMs: number,
) {
  const events: StoryEvent[] = [{ kind: 'opened', ms: openedMs }]
  let last = openedMs
  /** Adds an event at `ms` (kept after the previous one); false when that is past the end of the history. */
  const add = (event: Omit<StoryEvent, 'ms'>, ms: number): boolean => {
    const at = Math.max(ms, last + 60_000)
    if (at >= asOfMs) return false
    events.push({ ...event, ms: at })
    last = at
    return true
  }
  if (rng.chance(0.25)) add({ kind: 'note' }, openedMs + rng.int(5, 30) * 60_000)
  if (firstResponseMs === null) return events
  add({ kind: 'replied', channel: pickChannel(rng) }, firstResponseMs)
  const end = resolvedMs ?? asOfMs
  if (rng.chance(0.35)) {
    const waited = rng.logNormal(20 * HOUR, 0.9)
    if (!add({ kind: 'status', status: 'pending' }, last + rng.int(1, 20) * 60_000)) return events
    if (last + waited < end) {
      add({ kind: 'received', channel: pickChannel(rng) }, last + waited)
      add({ kind: 'status', status: 'open' }, last)
    } else if (resolvedMs === null) {
      return events // still waiting for the customer
    } // else: the customer never came back and the shop resolved it anyway
  }
  if (resolvedMs === null) return events
  if (rng.chance(0.5)) add({ kind: 'replied', channel: pickChannel(rng) }, resolvedMs - rng.int(1, 30) * 60_000)
  if (!add({ kind: 'status', status: 'resolved' }, resolvedMs)) return events
  if (rng.chance(0.05)) {
    if (!add({ kind: 'received', channel: pickChannel(rng) }, last + rng.logNormal(DAY_MS, 0.8))) return events
    add({ kind: 'status', status: 'open' }, last)
    if (!add({ kind: 'status', status: 'resolved' }, last + rng.logNormal(4 * HOUR, 0.8))) return events
  }
  if (asOfMs - last > 7 * DAY_MS) add({ kind: 'status', status: 'closed' }, last + rng.int(1, 5) * DAY_MS)
  return events
}
