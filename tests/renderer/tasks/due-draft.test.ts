import { describe, expect, it } from 'vitest'
import { draftOf, newDraft, toDue, toRemindAt } from '../../../src-renderer/src/features/tasks/lib/due-draft'

/** The task form's local wall-clock text ↔ the channel's due (a local date, or an instant). */
describe('the task form’s due and reminder', () => {
  it('keeps an all-day due as the typed local date, whatever the time field says', () => {
    const draft = { allDay: true, date: '2026-12-05', time: '14:30', remind: '' }
    expect(toDue(draft)).toEqual({ kind: 'day', date: '2026-12-05' })
    expect(toRemindAt(draft)).toBeNull()
  })

  it('turns a local date and time into the instant it is here, and back', () => {
    const draft = { allDay: false, date: '2026-12-05', time: '14:30', remind: '2026-12-05T14:00' }
    const due = toDue(draft)
    expect(due).toEqual({ kind: 'time', at: new Date(2026, 11, 5, 14, 30).toISOString() })
    expect(toRemindAt(draft)).toBe(new Date(2026, 11, 5, 14, 0).toISOString())
    expect(draftOf(due, toRemindAt(draft))).toEqual(draft)
  })

  it('passes text that is no real local time on unchanged, for the shared schema to refuse', () => {
    expect(toDue({ allDay: false, date: '99999-12-05', time: '10:00', remind: '' })).toEqual({
      kind: 'time',
      at: '99999-12-05T10:00',
    })
    expect(toRemindAt({ allDay: true, date: '2026-02-30', time: '', remind: '2026-02-30T09:00' })).toBe('2026-02-30T09:00')
  })

  it('starts a new task all day today, with the time at the next full hour', () => {
    const draft = newDraft(new Date(2026, 11, 5, 9, 40))
    expect(draft).toEqual({ allDay: true, date: '2026-12-05', time: '10:00', remind: '' })
    expect(newDraft(new Date(2026, 11, 5, 23, 10)).time).toBe('00:00')
  })
})
