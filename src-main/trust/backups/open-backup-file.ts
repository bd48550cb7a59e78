import type Database from 'better-sqlite3'
import { connectDatabase } from '../../db/cipher'
import { hasPlainSqliteHeader } from '../../db/file-checks'

export interface BackupFileOptions {
  readonly?: boolean
  nativeBinding?: string
  /** The data key as hex (a task's input crosses to the worker as data) when the shop is encrypted. */
  key?: string
}

/**
 * A backup (or a copy being made) opened with the data key when it is encrypted and without it
 * when it is plain: an encrypted shop's copies share its key, and its older plain backups stay
 * readable. A file that needs a key it was not given is `db_not_sqlite`, as to any SQLite tool.
 */
export function openBackupFile(file: string, { readonly = false, nativeBinding, key }: BackupFileOptions): Database.Database {
  const encrypted = key !== undefined && !hasPlainSqliteHeader(file)
  return connectDatabase(file, {
    readonly,
    fileMustExist: true,
    nativeBinding,
    key: encrypted ? Buffer.from(key, 'hex') : undefined,
  })
}
