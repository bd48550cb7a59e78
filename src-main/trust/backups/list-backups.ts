import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupEntry } from '../../../src-shared/ipc/channels/backups'
import { parseBackupName } from './backup-names'
import { readManifest } from './manifest'

export interface FoundBackup extends BackupEntry {
  file: string
}

/**
 * The backups in `folders` (the chosen one, then the default beside the data file, which also
 * holds the pre-migration copies), newest first. Only files named as Kehu names them: a
 * `.checking` or `.partial` copy is never listed, nor a stranger's file.
 */
export function findBackups(folders: string[]): FoundBackup[] {
  const found = new Map<string, FoundBackup>()
  for (const folder of new Set(folders)) {
    if (!existsSync(folder)) continue
    for (const name of readdirSync(folder)) {
      const parsed = parseBackupName(name)
      if (!parsed || found.has(name)) continue
      const file = join(folder, name)
      const manifest = readManifest(file)
      found.set(name, {
        file,
        name,
        ...parsed,
        bytes: statSync(file).size,
        counts: manifest?.counts ?? null,
        verified: manifest?.verified ?? false,
      })
    }
  }
  return [...found.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
}

/** Paths stay in the main process: the renderer sees names. */
export const shown = ({ file: _file, ...entry }: FoundBackup): BackupEntry => entry

const LEFT_BY_A_CRASH = /\.sqlite\.(checking|partial)|\.sqlite\.json\.partial$/

/** What a backup killed midway left in `folder` (never named as a backup, so never listed). */
export function removeLeftovers(folder: string): void {
  if (!existsSync(folder)) return
  for (const name of readdirSync(folder)) if (LEFT_BY_A_CRASH.test(name)) rmSync(join(folder, name), { force: true })
}
