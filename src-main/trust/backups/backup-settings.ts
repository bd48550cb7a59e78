import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { BACKUPS_DIR_NAME } from '../../db'

export const DEFAULT_EVERY_HOURS = 4

/**
 * Where backups go and how often, kept in a small JSON file beside the data file, not in it:
 * a damaged data file must still find its backups.
 */
export interface BackupSettings {
  /** A folder the owner chose (a USB stick, a synced folder); null: the default beside the data file. */
  folder: string | null
  everyHours: number
}

/** `kehu.sqlite` → `kehu.backups.json`; the demo shop's file gets its own. */
export const settingsFile = (dataFile: string): string => `${dataFile.replace(/\.sqlite$/, '')}.backups.json`

export function readBackupSettings(dataFile: string): BackupSettings {
  const defaults: BackupSettings = { folder: null, everyHours: DEFAULT_EVERY_HOURS }
  const file = settingsFile(dataFile)
  if (!existsSync(file)) return defaults
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<BackupSettings>
    const hours = stored.everyHours
    return {
      folder: typeof stored.folder === 'string' && stored.folder !== '' ? stored.folder : null,
      everyHours: typeof hours === 'number' && Number.isInteger(hours) && hours > 0 ? hours : DEFAULT_EVERY_HOURS,
    }
  } catch {
    return defaults
  }
}

export function writeBackupSettings(dataFile: string, settings: BackupSettings): void {
  const file = settingsFile(dataFile)
  writeFileSync(`${file}.partial`, JSON.stringify(settings, null, 2))
  renameSync(`${file}.partial`, file)
}

/**
 * Where the copy made before a migration goes (src-main/db/migrate.ts): the owner's chosen
 * folder, like every other backup. Opening must not fail because a USB stick is unplugged, so a
 * chosen folder that is missing gives way to the default folder (the copy is still made, and
 * listed: the list reads both folders); the Backups page reports the missing folder.
 */
export function migrationBackupFolder(dataFile: string, defaultFolder?: string): string {
  const chosen = readBackupSettings(dataFile).folder
  if (chosen !== null && existsSync(chosen)) return chosen
  return defaultFolder ?? join(dirname(dataFile), BACKUPS_DIR_NAME)
}
