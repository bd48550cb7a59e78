import { createReadStream, statSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { AppError } from '../../src-shared/ipc/app-error'
import { CSV_LIMITS } from './limits'

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
  if (isGzip(file)) return readGzipHead(file)
  const handle = await open(file, 'r').catch(() => {
    throw new AppError('csv_unreadable', { file: basename(file) })
  })
  try {
    const buffer = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * The first HEAD_BYTES a `.gz` unpacks to, inflating no further (a bomb's first megabytes
 * included). A truncated file is fine here: only its beginning is needed.
 */
async function readGzipHead(file: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  let length = 0
  try {
    await pipeline(
      createReadStream(file, { highWaterMark: 64 * 1024 }),
      createGunzip(),
      async (inflated: AsyncIterable<Buffer>) => {
        for await (const chunk of inflated) {
          chunks.push(chunk)
          length += chunk.length
          if (length >= HEAD_BYTES) return
        }
      },
    )
  } catch {
    // A damaged end is reported when the whole file is read; nothing readable at all is now.
    if (length === 0) throw new AppError('csv_truncated', { file: basename(file) })
  }
  return Buffer.concat(chunks).subarray(0, HEAD_BYTES)
}

/**
 * Refuses a `.gz` that unpacks to far more than any real CSV export does (CSV_LIMITS: more than
 * 100× its size once past 8 MiB), reading it through once without keeping anything: a 1 MB file
 * that would inflate to 1 GB stops at 100 MB, in well under a second. Real files pass (Online
 * Retail: 8 MB → 52 MB, 6.5×).
 */
export async function checkInflation(file: string): Promise<void> {
  if (!isGzip(file)) return
  const limit = Math.max(CSV_LIMITS.inflateFloor, CSV_LIMITS.inflateRatio * fileSize(file))
  let inflated = 0
  try {
    await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), createGunzip(), async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) {
        inflated += chunk.length
        if (inflated > limit) return // stops reading; the pipeline then reports an abort
      }
    })
  } catch (error) {
    if (inflated <= limit) throw unreadable(file, error)
  }
  if (inflated > limit) throw new AppError('csv_decompression_bomb', { file: basename(file), ratio: CSV_LIMITS.inflateRatio })
}

/** A file that cannot be read through: damaged gzip data, or gone. */
function unreadable(file: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR') return new AppError('csv_truncated', { file: basename(file) })
  return new AppError('csv_unreadable', { file: basename(file) })
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
