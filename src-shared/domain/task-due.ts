import { z } from 'zod'
import { wellFormed } from '../ipc/schemas'
import { isoDateTimeWithOffset } from './common'

/** Our own checks carry i18n keys (`tasks.validation.*`) that the registrar and the form translate. */
export const taskMessages = {
  dueDate: 'tasks.validation.dueDate',
  dueTime: 'tasks.validation.dueTime',
  remindTime: 'tasks.validation.remindTime',
} as const

/** Dates a person can mean for a to-do; a year such as 99999 is a typo, refused with a message. */
export const TASK_YEARS = { min: 1900, max: 2199 } as const

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar day `YYYY-MM-DD` within `TASK_YEARS`. */
export function isTaskDate(value: string): boolean {
  const match = DAY.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return inYears(year) && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** An ISO-8601 instant with `Z` or an offset, within `TASK_YEARS`. */
export function isTaskInstant(value: string): boolean {
  return isoDateTimeWithOffset.safeParse(value).success && inYears(new Date(value).getUTCFullYear())
}

const inYears = (year: number): boolean => year >= TASK_YEARS.min && year <= TASK_YEARS.max

const instant = (message: string) => wellFormed(z.string()).max(40).refine(isTaskInstant, { error: message })

/**
 * When a task is due: a whole local day (`day`: the same calendar day wherever the laptop is, so
 * it is stored as the date, never as a UTC instant) or an instant (`time`).
 */
export const taskDue = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('day'),
    date: wellFormed(z.string()).max(40).refine(isTaskDate, { error: taskMessages.dueDate }),
  }),
  z.strictObject({ kind: z.literal('time'), at: instant(taskMessages.dueTime) }),
])
export type TaskDue = z.output<typeof taskDue>

/** When to remind: an instant, or null for no reminder. */
export const taskRemindAt = instant(taskMessages.remindTime).nullable()
