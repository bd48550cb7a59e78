import { closeSync, existsSync, openSync, renameSync, rmSync, statSync } from 'node:fs'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { ConversionPhase } from '../../../src-shared/ipc/channels/security'
import { applyKey, connectDatabase, type DataKey } from '../../db/cipher'
import { countsDiffer, tableCounts } from './table-counts'
import { wipeAndClose } from './wipe-file'

export interface ConvertOptions {
  nativeBinding?: string
  /**
   * Told as each step begins; `copying` with the bytes the copy will have as `total`, so the
   * caller can watch the copy grow (`VACUUM INTO` reports nothing while it runs).
   */
  onStep?(phase: ConversionPhase, done?: number, total?: number): void
  /** Asked between steps: true stops the conversion (`encryption_cancelled`), the original as it was. */
  isCancelled?(): boolean
  /** Right before the swap: false (cancelled first) stops the same way; after true, it finishes. */
  commit?(): boolean
}

/** Rows per table of the converted file (equal to the original's, or it would not be in place). */
export type ConversionReport = { tables: Record<string, number> }

const TEMP_SUFFIXES = ['', '-journal', '-wal', '-shm']

/** Where the converted copy of `file` is made, checked and renamed from. */
export const conversionCopy = (file: string): string => `${file}.converting`

/**
 * Encrypts a plain data file with `key` (`to`), or decrypts it (`to: null`). The file must be
 * closed by every connection. A compacted copy is made (`VACUUM INTO`), re-keyed in place with
 * no journal (a crash only loses the copy), then checked — `integrity_check` and the row count of
 * every table against the original — and only then renamed over the original. The original's
 * bytes are then overwritten through a descriptor opened before the rename. Any failure deletes
 * the copy and leaves the original as it was.
 */
export function convertDataFile(
  file: string,
  from: DataKey | null,
  to: DataKey | null,
  options: ConvertOptions = {},
): ConversionReport {
  const temp = conversionCopy(file)
  const { onStep = () => undefined, isCancelled = () => false, commit = () => !isCancelled() } = options
  const step = (phase: ConversionPhase, total?: number): void => {
    if (isCancelled()) throw new AppError('encryption_cancelled')
    onStep(phase, 0, total)
  }
  removeConversionCopy(file)
  try {
    const expected = copyWithCounts(file, temp, from, options, step)
    step(to ? 'encrypting' : 'decrypting')
    rekeyCopy(temp, from, to, options)
    step('checking')
    verifyCopy(temp, to, expected, options)
    // The point of no return: a cancel that came first wins, and none is taken after it.
    if (!commit()) throw new AppError('encryption_cancelled')
    onStep('swapping')
    swapAndWipe(file, temp)
    return { tables: expected }
  } finally {
    removeConversionCopy(file)
  }
}

function copyWithCounts(
  file: string,
  temp: string,
  key: DataKey | null,
  options: ConvertOptions,
  step: (phase: 'copying', expectedBytes: number) => void,
): Record<string, number> {
  const db = connectDatabase(file, { fileMustExist: true, nativeBinding: options.nativeBinding, key: key ?? undefined })
  try {
    // VACUUM cannot run inside a transaction: a write between the count and the copy (the file
    // is meant to be closed everywhere) shows up as a count mismatch when the copy is checked.
    const counts = tableCounts(db)
    // The compacted copy holds every page in use, none of the free ones.
    const pages =
      (db.pragma('page_count', { simple: true }) as number) - (db.pragma('freelist_count', { simple: true }) as number)
    step('copying', pages * (db.pragma('page_size', { simple: true }) as number))
    db.prepare('VACUUM INTO ?').run(temp)
    return counts
  } finally {
    db.close()
  }
}

function rekeyCopy(temp: string, from: DataKey | null, to: DataKey | null, options: ConvertOptions): void {
  const db = connectDatabase(temp, { fileMustExist: true, nativeBinding: options.nativeBinding, key: from ?? undefined })
  try {
    // SQLite3 Multiple Ciphers re-keys only outside WAL; the copy needs no journal (it is ours alone).
    db.pragma('journal_mode = OFF')
    if (to) applyKey(db, to, 'rekey')
    else db.pragma(`rekey = ''`)
  } finally {
    db.close()
  }
}

function verifyCopy(temp: string, key: DataKey | null, expected: Record<string, number>, options: ConvertOptions): void {
  const db = connectDatabase(temp, {
    readonly: true,
    fileMustExist: true,
    nativeBinding: options.nativeBinding,
    key: key ?? undefined,
  })
  try {
    // The full integrity_check (indexes against tables too), not the quick one: this copy replaces the data.
    const integrity = db.pragma('integrity_check(1)', { simple: true }) as string
    const problem = integrity === 'ok' ? countsDiffer(expected, tableCounts(db)) : integrity
    if (problem !== null) throw new AppError('encryption_verify_failed', { detail: problem })
  } finally {
    db.close()
  }
}

function swapAndWipe(file: string, temp: string): void {
  // A WAL left beside the original (another connection still open) would be read into the new file.
  if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) {
    throw new AppError('encryption_verify_failed', { detail: 'the data file is still open elsewhere' })
  }
  const original = openSync(file, 'r+')
  try {
    renameSync(temp, file)
  } catch (error) {
    closeSync(original) // the original is still the data file: closed, never wiped
    throw error
  }
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true })
  wipeAndClose(original)
}

/** Removes what a conversion of `file` left half made (a failure, a cancel, a crash). */
export function removeConversionCopy(file: string): void {
  for (const suffix of TEMP_SUFFIXES) rmSync(conversionCopy(file) + suffix, { force: true })
}
