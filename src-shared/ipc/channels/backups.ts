import { z } from 'zod'
import { channel } from '../channel'

/** How a backup came to be; read from its file name (src-main/trust/backups/backup-names.ts). */
export const BACKUP_KINDS = ['manual', 'auto', 'quit', 'before-import', 'before-restore', 'before-migration', 'damaged'] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]

/** The tables whose row counts a backup records and the Restore screen compares, in display order. */
export const COUNTED_TABLES = [
  'customers',
  'orders',
  'order_lines',
  'products',
  'deals',
  'activities',
  'tasks',
  'tickets',
  'campaigns',
  'segments',
  'tags',
  'audit_log',
] as const
export type CountedTable = (typeof COUNTED_TABLES)[number]
export type RowCounts = Partial<Record<CountedTable, number>>

export interface BackupEntry {
  /** The file's name in the backups folder: what `backups.compare` and `backups.restore` take. */
  name: string
  kind: BackupKind
  /** ISO-8601 UTC, when the copy was taken. */
  createdAt: string
  bytes: number
  /** Row counts recorded when the copy was checked; null for copies Kehu did not check (pre-migration, damaged). */
  counts: RowCounts | null
  /** The copy passed `integrity_check` when it was made: offered as a good backup. */
  verified: boolean
}

export interface BackupFailure {
  code: string
  message: string
  at: string
}

export interface BackupStatus {
  /** Where backups go (the setting, else the default beside the data file). */
  folder: string
  defaultFolder: string
  /** The folder setting points at a folder that is not there (a USB stick unplugged): said, never skipped. */
  folderMissing: boolean
  /** Automatic backups while open: at most one every this many hours. */
  everyHours: number
  lastBackupAt: string | null
  /** The last automatic or manual backup that failed, until one succeeds. */
  lastFailure: BackupFailure | null
}

export interface BackupComparison {
  name: string
  createdAt: string
  /** Per counted table: rows now and in the backup. */
  tables: { table: CountedTable; now: number; then: number }[]
}

export interface RestoreResult {
  restored: string
  /** The copy of the file as it was just before: restoring it undoes this restore. */
  undoName: string
}

/** A file name inside the backups folder, never a path (no separators, no `..`). */
export const backupName = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.sqlite$/, { error: 'backups.validation.invalidName' })
  .refine((name) => !name.includes('..'), { error: 'backups.validation.invalidName' })

export const MAX_EVERY_HOURS = 168

export const backupChannels = {
  /** Folder, schedule, the last backup and the last failure. */
  'backups.status': channel<BackupStatus>()(z.strictObject({})),
  /** Every backup in the folder (and pre-migration copies beside the data file), newest first. */
  'backups.list': channel<BackupEntry[]>()(z.strictObject({})),
  /** Backup now: copied in a worker, checked, then renamed into place; rotation follows. */
  'backups.create': channel<BackupEntry>()(z.strictObject({})),
  /** What a restore would change: row counts now and in the backup. */
  'backups.compare': channel<BackupComparison>()(z.strictObject({ name: backupName })),
  /** Backs up the current file, then swaps the chosen backup in and reopens it. */
  'backups.restore': channel<RestoreResult>()(z.strictObject({ name: backupName })),
  /** Asks for a folder (the file dialog); null when cancelled. */
  'backups.chooseFolder': channel<BackupStatus | null>()(z.strictObject({})),
  /** The schedule, or the folder back to the default (`resetFolder`). */
  'backups.setSettings': channel<BackupStatus>()(
    z.strictObject({
      everyHours: z.int().min(1).max(MAX_EVERY_HOURS).optional(),
      resetFolder: z.literal(true).optional(),
    }),
  ),
}
