import { createWriteStream } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import yazl from 'yazl'
import { createAtomicFile } from './files/atomic-file'

/**
 * Zips the named files of a folder into `zipPath`, which appears whole or not at all (replacing
 * a file of that name: the owner chose it in a save dialog, which asked first).
 */
export async function zipFolder(dir: string, names: string[], zipPath: string): Promise<void> {
  const zip = new yazl.ZipFile()
  for (const name of names) zip.addFile(join(dir, name), name)
  zip.end()
  const file = createAtomicFile(zipPath, { replace: true })
  try {
    await pipeline(zip.outputStream, createWriteStream('', { fd: file.fd, autoClose: false }))
    file.commit()
  } catch (error) {
    file.abort()
    throw error
  }
}
