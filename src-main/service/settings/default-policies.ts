import type { SlaPolicies } from '../../../src-shared/domain/service-settings'

/**
 * Targets a new shop starts with, in business minutes (a business day of the default calendar is
 * 450 minutes): urgent answered in half an hour and fixed the same day, low within a day and
 * six business days.
 */
export const DEFAULT_POLICIES: SlaPolicies = {
  urgent: { firstResponseMinutes: 30, resolutionMinutes: 240 },
  high: { firstResponseMinutes: 60, resolutionMinutes: 450 },
  normal: { firstResponseMinutes: 240, resolutionMinutes: 1350 },
  low: { firstResponseMinutes: 480, resolutionMinutes: 2700 },
}
