import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { AppError } from '../../../src-shared/ipc/app-error'

/** Beside `kehu.sqlite`; holds only wrapped keys, never the data key itself. */
export const KEYRING_FILE_NAME = 'kehu.keyring.json'

const sealed = z.object({ iv: z.string(), tag: z.string(), data: z.string() })

const keyringSchema = z.object({
  format: z.literal('kehu-keyring'),
  version: z.literal(1),
  /** Random id of the data key, so a keyring and a file can be matched up in words. */
  keyId: z.string(),
  passphrase: sealed.extend({
    kdf: z.literal('scrypt'),
    N: z.number().int(),
    r: z.number().int(),
    p: z.number().int(),
    salt: z.string(),
  }),
  recovery: sealed.extend({ salt: z.string() }),
  /** The data key as the OS keychain encrypted it (base64); absent when the keychain is not trusted. */
  keychain: z.object({ data: z.string() }).optional(),
})

export type KeyringFile = z.infer<typeof keyringSchema>

export function keyringPath(dataDir: string): string {
  return join(dataDir, KEYRING_FILE_NAME)
}

export function hasKeyring(dataDir: string): boolean {
  return existsSync(keyringPath(dataDir))
}

/** The keyring, null when there is none; a file that is not a keyring is reported, never overwritten. */
export function readKeyring(dataDir: string): KeyringFile | null {
  const file = keyringPath(dataDir)
  if (!existsSync(file)) return null
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    throw new AppError('keyring_damaged', { file })
  }
  const result = keyringSchema.safeParse(parsed)
  if (!result.success) throw new AppError('keyring_damaged', { file })
  return result.data
}

/** Written whole to a temporary name, flushed, then renamed: a crash leaves the old or the new keyring. */
export function writeKeyring(dataDir: string, keyring: KeyringFile): void {
  const file = keyringPath(dataDir)
  const temp = `${file}.writing`
  const fd = openSync(temp, 'w', 0o600)
  try {
    writeSync(fd, `${JSON.stringify(keyring, null, 2)}\n`)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  try {
    renameSync(temp, file)
  } finally {
    rmSync(temp, { force: true })
  }
}
