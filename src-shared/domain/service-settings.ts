import { z } from 'zod'
import { wellFormed } from '../ipc/schemas'
import { TICKET_PRIORITIES } from './ticket'

/**
 * The service settings as the Settings page edits them and the main process stores them: SLA
 * targets per priority in business minutes, the business calendar, and which survey questions
 * a resolved ticket asks. The schema checks the shape; the calendar's meaning (real times,
 * sorted intervals, a known time zone, real dates) is checked by `compileCalendar` in the main
 * process, whose `sla_calendar_*` errors name the day and row.
 */

/** A business-minute target: at least one minute, at most a year of minutes. */
const minutes = z.int().min(1).max(525_600)

export const slaPolicyInput = z
  .strictObject({ firstResponseMinutes: minutes, resolutionMinutes: minutes })
  .refine((p) => p.firstResponseMinutes <= p.resolutionMinutes, {
    message: 'tickets.validation.firstResponseAfterResolution',
    path: ['firstResponseMinutes'],
  })
export type SlaPolicyInput = z.output<typeof slaPolicyInput>

export const slaPoliciesInput = z.strictObject(
  Object.fromEntries(TICKET_PRIORITIES.map((p) => [p, slaPolicyInput])) as Record<
    (typeof TICKET_PRIORITIES)[number],
    typeof slaPolicyInput
  >,
)
export type SlaPolicies = z.output<typeof slaPoliciesInput>

const clock = wellFormed(z.string()).max(5)
const day = wellFormed(z.string()).max(10)

/** Same shape as `BusinessCalendar` in src-main/service/sla.ts, with size limits. */
export const businessCalendarInput = z.strictObject({
  timeZone: wellFormed(z.string()).trim().min(1).max(64),
  week: z.array(z.array(z.tuple([clock, clock])).max(12)).max(7),
  holidays: z.array(day).max(3660),
  workdays: z.array(day).max(3660),
})
export type BusinessCalendarInput = z.output<typeof businessCalendarInput>

export const surveySettingsInput = z
  .strictObject({ csat: z.boolean(), nps: z.boolean() })
  .refine((s) => s.csat || s.nps, { message: 'tickets.validation.surveyNeedsQuestion', path: ['csat'] })
export type SurveySettings = z.output<typeof surveySettingsInput>

export interface ServiceSettings {
  policies: SlaPolicies
  calendar: BusinessCalendarInput
  surveys: SurveySettings
  /** The computer's time zone, offered in the time-zone list. */
  osTimeZone: string
  /** The stored settings' version (null before the first save): a save sends it back. */
  version: string | null
}

export const serviceSettingsPatch = z.strictObject({
  policies: slaPoliciesInput.optional(),
  calendar: businessCalendarInput.optional(),
  surveys: surveySettingsInput.optional(),
  /** The version the form was opened with; a save over a newer one is refused (`stale_edit`). */
  expectedVersion: wellFormed(z.string()).max(40).nullable(),
})
export type ServiceSettingsPatch = z.output<typeof serviceSettingsPatch>
