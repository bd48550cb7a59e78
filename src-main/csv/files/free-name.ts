import { basename, dirname, extname, join } from 'node:path'

/** How many numbered names are tried before giving up (`customers (999).csv`). */
const MOST = 999

/**
 * `customers.csv`, then `customers (2).csv`, `customers (3).csv` … in the same folder: the names
 * an export may take without replacing a file the owner already has there.
 */
export function* numberedNames(path: string): Generator<string> {
  const ext = extname(path)
  const stem = basename(path, ext)
  yield path
  for (let n = 2; n <= MOST; n++) yield join(dirname(path), `${stem} (${n})${ext}`)
}
