import { closeSync, openSync, statSync, writeSync } from 'node:fs'

/** Overwrites b-tree page headers in the middle of a closed data file, as a torn write would. */
export function damagePages(file: string): void {
  const pageSize = 4096
  const pages = statSync(file).size / pageSize
  const fd = openSync(file, 'r+')
  for (let page = Math.floor(pages / 2); page < Math.floor(pages / 2) + 4; page++) {
    writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, page * pageSize)
  }
  closeSync(fd)
}
