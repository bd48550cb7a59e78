import { createReadStream, statSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { type Readable } from 'node:stream'
import { createGunzip, gunzipSync } from 'node:zlib'
import { AppError } from '../../src-shared/ipc/app-error'

/** How many leading bytes the detectors look at. */
export const HEAD_BYTES = 256 * 1024

const isGzip = (file: string): boolean => /\.gz$/i.test(file)

/** The file's size in bytes, or a translated error when it cannot be read. */
export function fileSize(file: string): number {
  try {
    return statSync(file).size
  } catch {
    throw new AppError('csv_unreadable', { file: basename(file) })
  }
}

/** The first bytes of the (decompressed) content, for encoding and dialect detection. */
export async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r').catch(() => {
    throw new AppError('csv_unreadable', { file: basename(file) })
  })
  try {
    const buffer = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
    const raw = buffer.subarray(0, bytesRead)
    if (!isGzip(file)) return raw
    // A truncated gzip member is fine here: we only need its first decompressed bytes.
    return gunzipSync(raw, { finishFlush: 2 /* Z_SYNC_FLUSH */ }).subarray(0, HEAD_BYTES)
  } finally {
    await handle.close()
  }
}

/**
 * The content as a byte stream (`.gz` decompressed on the fly), plus a counter of raw bytes
 * read so progress is measured against the size on disk.
 */
export function openBytes(file: string): { stream: Readable; bytesRead(): number } {
  const raw = createReadStream(file, { highWaterMark: 1 << 20 })
  const bytesRead = (): number => raw.bytesRead
  if (!isGzip(file)) return { stream: raw, bytesRead }
  const gunzip = createGunzip()
  raw.on('error', (error) => gunzip.destroy(error))
  return { stream: raw.pipe(gunzip), bytesRead }
}
