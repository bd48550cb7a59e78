import { describe, expect, it } from 'vitest'
import { backupFileName, parseBackupName } from '../../../src-main/trust/backups/backup-names'
import { backupsToRemove, KEEP } from '../../../src-main/trust/backups/rotation'

const HOUR = 3_600_000
const now = new Date('2026-12-05T12:00:00Z')
const at = (hoursAgo: number) => {
  const when = new Date(now.getTime() - hoursAgo * HOUR)
  return { name: backupFileName('auto', when), createdAt: when.toISOString() }
}

describe('rotation', () => {
  it('keeps everything while there are at most 10', () => {
    const few = Array.from({ length: KEEP.last }, (_, i) => at(i))
    expect(backupsToRemove(few, now)).toEqual([])
  })

  it('keeps the newest 10, then one a day for 14 days, one a week for 8 weeks, one a month for a year', () => {
    // One backup every 4 hours for two years.
    const all = Array.from({ length: (2 * 365 * 24) / 4 }, (_, i) => at(i * 4))
    const removed = new Set(backupsToRemove(all, now).map((b) => b.name))
    const kept = all.filter((b) => !removed.has(b.name))
    // The newest 10 all stay.
    expect(all.slice(0, 10).every((b) => !removed.has(b.name))).toBe(true)
    // Every one of the last 14 days (UTC) has exactly its newest backup kept, at least.
    for (let day = 0; day < 14; day++) {
      const key = new Date(now.getTime() - day * 24 * HOUR).toISOString().slice(0, 10)
      const ofDay = all.filter((b) => b.createdAt.startsWith(key))
      expect(removed.has(ofDay[0].name)).toBe(false)
    }
    // Every month of the last year has one.
    for (let month = 0; month < 12; month++) {
      const when = new Date(Date.UTC(2026, 11 - month, 15))
      const key = when.toISOString().slice(0, 7)
      expect(kept.some((b) => b.createdAt.startsWith(key))).toBe(true)
    }
    // Nothing older than a year survives, and the total is bounded.
    expect(kept.every((b) => now.getTime() - Date.parse(b.createdAt) <= 366 * 24 * HOUR)).toBe(true)
    expect(kept.length).toBeLessThanOrEqual(KEEP.last + KEEP.days + KEEP.weeks + KEEP.months)
    expect(kept.length).toBeGreaterThanOrEqual(KEEP.days + KEEP.months)
  })

  it('names round-trip with their kind and time', () => {
    const name = backupFileName('before-import', now, 2)
    expect(name).toBe('kehu-before-import-20261205T120000000Z-2.sqlite')
    expect(parseBackupName(name)).toEqual({ kind: 'before-import', createdAt: now.toISOString() })
    expect(parseBackupName('kehu-before-v18-20261205T120000000Z.sqlite')).toMatchObject({ kind: 'before-migration' })
    expect(parseBackupName('kehu.sqlite')).toBeNull()
    expect(parseBackupName(`${name}.checking`)).toBeNull()
  })
})
