import { writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { bootBackend } from '../../src-main/app/boot'
import { noDialogs } from '../../src-main/app/create-context'
import { AppError } from '../../src-shared/ipc'
import { makeTempDir } from '../support/temp-dir'

describe('bootBackend', () => {
  const temps: { cleanup(): void }[] = []
  const tempDir = (): string => {
    const temp = makeTempDir('kehu-boot-')
    temps.push(temp)
    return temp.dir
  }
  afterEach(() => temps.splice(0).forEach((t) => t.cleanup()))

  it('creates a new shop with pipeline stages named in the OS language', async () => {
    const dir = tempDir()
    const backend = bootBackend({ dataDir: dir, platform: 'cli', osLocale: 'zh-CN', dialogs: noDialogs })
    const stages = backend.db.prepare('SELECT name, kind FROM pipeline_stages ORDER BY position').all() as {
      name: string
      kind: string
    }[]
    expect(stages.length).toBeGreaterThanOrEqual(3)
    expect(stages.every((s) => /[\u4e00-\u9fff]/.test(s.name))).toBe(true)
    expect(stages.map((s) => s.kind)).toEqual(expect.arrayContaining(['open', 'won', 'lost']))
    const info = await backend.dispatch('app.info', {})
    expect(info).toMatchObject({ ok: true, data: { dataFile: join(dir, 'kehu.sqlite'), platform: 'cli' } })
    await backend.close()

    // Reopening keeps the shop as it is (no second set of stages).
    const again = bootBackend({ dataDir: dir, platform: 'cli', osLocale: 'en', dialogs: noDialogs })
    expect(again.db.prepare('SELECT count(*) AS n FROM pipeline_stages').get()).toEqual({ n: stages.length })
    await again.close()
  })

  it('refuses an empty data file and leaves it as it was', () => {
    const dir = tempDir()
    const file = join(dir, 'kehu.sqlite')
    writeFileSync(file, '')
    expect(() => bootBackend({ dataDir: dir, platform: 'cli', osLocale: 'en', dialogs: noDialogs })).toThrow(AppError)
    expect(readFileSync(file).length).toBe(0)
  })
})
