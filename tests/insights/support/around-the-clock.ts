import type { TestBackend } from '../../support/test-db'

/**
 * Sets the SLA calendar to open around the clock, every day, in this computer's time zone: then
 * business minutes are clock minutes, so figures can be worked out with plain clock arithmetic.
 */
export async function aroundTheClock(backend: TestBackend): Promise<void> {
  const current = await backend.dispatch('tickets.settings', {})
  if (!current.ok) throw new Error(current.error.message)
  const { version } = current.data as { version: string | null }
  const saved = await backend.dispatch('tickets.saveSettings', {
    calendar: {
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      week: Array.from({ length: 7 }, () => [['00:00', '24:00']]),
      holidays: [],
      workdays: [],
    },
    expectedVersion: version,
  })
  if (!saved.ok) throw new Error(saved.error.message)
}
