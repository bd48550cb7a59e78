import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { openDatabase, type OpenResult } from '../../src-main/db'
import { makeTempDir } from './temp-dir'

/**
 * One freshly created, fully migrated data file for a whole test file; read `.current` inside
 * tests (it is set in beforeAll).
 */
export function useFreshDatabase(): { current: OpenResult } {
  const holder = {} as { current: OpenResult }
  let tmp: ReturnType<typeof makeTempDir>
  beforeAll(() => {
    tmp = makeTempDir()
    holder.current = openDatabase(join(tmp.dir, 'kehu.sqlite'), { create: true })
  })
  afterAll(() => {
    holder.current.db.close()
    tmp.cleanup()
  })
  return holder
}
