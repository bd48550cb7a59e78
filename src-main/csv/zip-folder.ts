import { createWriteStream } from 'node:fs'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import yazl from 'yazl'

/** Zips the named files of a folder into `zipPath`. */
export async function zipFolder(dir: string, names: string[], zipPath: string): Promise<void> {
  const zip = new yazl.ZipFile()
  for (const name of names) zip.addFile(join(dir, name), name)
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(zipPath))
}
