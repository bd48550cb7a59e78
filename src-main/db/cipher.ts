import Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'

/**
 * The data key SQLCipher encrypts with: 32 raw bytes, used as-is (no per-open KDF — worker
 * threads open the file too; the passphrase's scrypt runs once, in src-main/trust/keyring).
 */
export type DataKey = Buffer

export interface ConnectOptions {
  readonly?: boolean
  fileMustExist?: boolean
  nativeBinding?: string
  /** Absent: a plain file. Present: the file is (or, when new, will be) encrypted with it. */
  key?: DataKey
}

/**
 * SQLCipher 4 settings (better-sqlite3-multiple-ciphers, `legacy = 4`): AES-256-CBC with
 * HMAC-SHA512 per page, the WAL's pages too, and no plain header (the first 16 bytes are a
 * salt), so the file opens in SQLCipher-compatible tools with the same raw key.
 */
export function applyKey(db: Database.Database, key: DataKey, pragma: 'key' | 'rekey' = 'key'): void {
  db.pragma(`cipher = 'sqlcipher'`)
  db.pragma('legacy = 4')
  db.pragma(`${pragma} = "x'${key.toString('hex')}'"`)
}

/**
 * A connection to `file`, keyed before any page is read. A key that does not open the file is
 * `db_key_wrong` (in words, and the file is untouched: nothing was written with that key).
 */
export function connectDatabase(file: string, options: ConnectOptions = {}): Database.Database {
  const { readonly = false, fileMustExist = false, nativeBinding, key } = options
  const db = new Database(file, { readonly, fileMustExist, nativeBinding })
  if (!key) return db
  try {
    applyKey(db, key)
    db.prepare('SELECT count(*) FROM sqlite_schema').get()
    return db
  } catch (error) {
    db.close()
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_NOTADB') {
      throw new AppError('db_key_wrong', { file })
    }
    throw error
  }
}
