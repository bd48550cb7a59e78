import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

/** sha256 of a file, to prove a refused file was not modified. */
export function fileHash(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}
