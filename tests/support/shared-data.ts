import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** `../shared/data` beside the repository: CI always has it, a user's clone usually does not. */
export const SHARED_DATA_DIR = resolve(__dirname, '../../../shared/data')

export const sharedDataSkipReason = `skipped: the public data sets are not at ${SHARED_DATA_DIR} (CI has them beside the repository)`

/** Absolute path of a shared data file, or undefined when the folder is absent. */
export function sharedDataFile(name: string): string | undefined {
  const file = resolve(SHARED_DATA_DIR, name)
  if (existsSync(file)) return file
  console.warn(`${sharedDataSkipReason} [${name}]`)
  return undefined
}
