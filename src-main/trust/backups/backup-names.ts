import type { BackupKind } from '../../../src-shared/ipc/channels/backups'

/** `kehu-<kind>-<UTC stamp>.sqlite`: no colons, so the name is valid on Windows; sorts by time. */
const NAMED = /^kehu-(manual|auto|quit|before-import|before-restore|damaged)-(\d{8}T\d{6})(\d{3})Z(?:-(\d+))?\.sqlite$/
/** db/backup.ts names the copies taken before a migration `kehu-before-v<N>-<stamp>.sqlite`. */
const BEFORE_MIGRATION = /^kehu-before-v\d+-(\d{8}T\d{6})(\d{3})Z(?:-\d+)?\.sqlite$/

export type MadeKind = Exclude<BackupKind, 'before-migration'>

export function backupFileName(kind: MadeKind, at: Date, attempt = 0): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '')
  return `kehu-${kind}-${stamp}${attempt > 0 ? `-${attempt}` : ''}.sqlite`
}

/** The kind and time a backup's name says; null for a file Kehu did not name. */
export function parseBackupName(name: string): { kind: BackupKind; createdAt: string } | null {
  const made = NAMED.exec(name)
  if (made) return { kind: made[1] as BackupKind, createdAt: stampToIso(made[2], made[3]) }
  const migration = BEFORE_MIGRATION.exec(name)
  if (migration) return { kind: 'before-migration', createdAt: stampToIso(migration[1], migration[2]) }
  return null
}

function stampToIso(stamp: string, millis: string): string {
  const [d, t] = stamp.split('T')
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.${millis}Z`
}
