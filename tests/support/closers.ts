import { afterEach } from 'vitest'
import { makeTempDir } from './temp-dir'

type Close = () => Promise<unknown> | void

/**
 * What each test opens, closed after it newest first (hosts before the folders they keep files
 * in). Call once in a `describe`: `add` registers a closer; `tempDir` makes a folder that is
 * removed after the test.
 */
export function closeAfterEach(): { add(close: Close): void; tempDir(prefix: string): string } {
  const closers: Close[] = []
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close()
  })
  return {
    add: (close) => void closers.push(close),
    tempDir: (prefix) => {
      const temp = makeTempDir(prefix)
      closers.push(temp.cleanup)
      return temp.dir
    },
  }
}
