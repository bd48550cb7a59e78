import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupsDir, dataFilePath, resolveDataDir } from '../../src-main/db'

describe('data dir', () => {
  it('KEHU_DATA_DIR overrides the app path', () => {
    expect(resolveDataDir('/app/userData', { KEHU_DATA_DIR: 'rel/dir' })).toBe(resolve('rel/dir'))
  })

  it('falls back to the path the caller passes', () => {
    expect(resolveDataDir('/app/userData', { KEHU_DATA_DIR: '  ' })).toBe(resolve('/app/userData'))
    expect(() => resolveDataDir(undefined, {})).toThrow(/KEHU_DATA_DIR/)
  })

  it('names the file and the backups folder', () => {
    expect(dataFilePath('/d')).toBe(join('/d', 'kehu.sqlite'))
    expect(backupsDir('/d')).toBe(join('/d', 'backups'))
  })
})
