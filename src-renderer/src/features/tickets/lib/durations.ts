import type { TFunction } from 'i18next'

/**
 * Business minutes in words: "45 min", "3 h 20 min", "2 d 4 h" (a day here is 24 business hours,
 * only for very long spans where the exact minutes no longer matter).
 */
export function businessDuration(t: TFunction, minutes: number): string {
  const whole = Math.round(Math.abs(minutes))
  if (whole < 60) return t('tickets:sla.minutes', { m: whole })
  const hours = Math.floor(whole / 60)
  if (hours < 48) return t('tickets:sla.hours', { h: hours, m: whole % 60 })
  return t('tickets:sla.days', { d: Math.floor(hours / 24), h: hours % 24 })
}
