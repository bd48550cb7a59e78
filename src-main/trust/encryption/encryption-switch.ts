import { existsSync } from 'node:fs'
import { AppError } from '../../../src-shared/ipc/app-error'
import { backupsDir, dataFilePath, listBackups } from '../../db'
import type { DataKey } from '../../db/cipher'
import { hasPlainSqliteHeader } from '../../db/file-checks'
import { keyringMatches } from '../keyring'
import { convertDataFile, type ConversionReport, type ConvertOptions } from './convert-file'

/** null: no data file yet (the first run). */
export function isDataFileEncrypted(dataDir: string): boolean | null {
  const file = dataFilePath(dataDir)
  return existsSync(file) ? !hasPlainSqliteHeader(file) : null
}

/**
 * Encrypts the closed data file, and the plain backups beside it, with the keyring's key. The
 * keyring must already wrap `dataKey` (else a key nobody can unwrap again would lock the shop
 * out): `keyring_other_key` / `keyring_missing` otherwise. Already encrypted: nothing to do.
 */
export function turnEncryptionOn(dataDir: string, dataKey: DataKey, options: ConvertOptions = {}): ConversionReport | null {
  assertKeyringHolds(dataDir, dataKey)
  const encrypted = isDataFileEncrypted(dataDir)
  const report = encrypted === false ? convertDataFile(dataFilePath(dataDir), null, dataKey, options) : null
  // Past the data file's swap: each backup is converted whole or not at all, and none is cancelled.
  const { nativeBinding, onStep } = options
  const plain = listBackups(backupsDir(dataDir)).filter((backup) => hasPlainSqliteHeader(backup.file))
  plain.forEach((backup, done) => {
    onStep?.('backups', done, plain.length)
    convertDataFile(backup.file, null, dataKey, { nativeBinding })
  })
  return report
}

/** Decrypts the closed data file (its backups stay encrypted: the keyring still opens them). */
export function turnEncryptionOff(dataDir: string, dataKey: DataKey, options: ConvertOptions = {}): ConversionReport | null {
  assertKeyringHolds(dataDir, dataKey)
  if (isDataFileEncrypted(dataDir) !== true) return null
  return convertDataFile(dataFilePath(dataDir), dataKey, null, options)
}

function assertKeyringHolds(dataDir: string, dataKey: DataKey): void {
  if (!keyringMatches(dataDir, dataKey)) throw new AppError('keyring_other_key', { file: dataFilePath(dataDir) })
}
