import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_FILE_NAME } from '../../../src-shared/ipc/channels/app-types'

/** Its pre-migration backups stay apart from the owner's, so no demo copy is ever offered as theirs. */
export const DEMO_BACKUPS_DIR_NAME = 'demo-backups'

export const demoShopFile = (dataDir: string): string => join(dataDir, DEMO_FILE_NAME)

export const demoBackupsDir = (dataDir: string): string => join(dataDir, DEMO_BACKUPS_DIR_NAME)

/** Removes a SQLite file with its WAL and shared-memory companions. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true })
}
