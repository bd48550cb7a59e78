import { closeSync, fstatSync, fsyncSync, writeSync } from 'node:fs'

const CHUNK = 1024 * 1024

/**
 * Overwrites an open file's bytes with zeros and flushes them, so the plain pages of a file
 * that was just replaced do not linger in its blocks once it is gone. Takes the descriptor
 * opened before the replacing rename: by then the name already points at the new file.
 */
export function wipeAndClose(fd: number): void {
  try {
    const size = fstatSync(fd).size
    const zeros = Buffer.alloc(Math.min(CHUNK, Math.max(size, 1)))
    for (let at = 0; at < size; at += zeros.length) writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
