import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import type { RowCounts } from '../../../src-shared/ipc/channels/backups'

/**
 * What Kehu learned about a backup when it checked it, beside it as `<name>.json`: the rows it
 * holds and that it passed `integrity_check`. Listing reads these instead of opening every copy.
 */
export interface Manifest {
  verified: boolean
  counts: RowCounts | null
  schemaVersion: number | null
}

export const manifestFile = (backupFile: string): string => `${backupFile}.json`

/** Written before its backup is renamed into place; a manifest without its backup is ignored. */
export function writeManifest(backupFile: string, manifest: Manifest): void {
  const file = manifestFile(backupFile)
  writeFileSync(`${file}.partial`, JSON.stringify(manifest))
  renameSync(`${file}.partial`, file)
}

export function readManifest(backupFile: string): Manifest | null {
  const file = manifestFile(backupFile)
  if (!existsSync(file)) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest
  } catch {
    return null
  }
}

export function removeWithManifest(backupFile: string): void {
  rmSync(backupFile, { force: true })
  rmSync(manifestFile(backupFile), { force: true })
}
