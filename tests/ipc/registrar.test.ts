import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDispatcher } from '../../src-main/ipc/registrar'
import { handlers } from '../../src-main/app/handlers'
import { AppError } from '../../src-shared/ipc'
import { openTestBackend, type TestBackend } from '../support/test-db'

describe('the registrar', () => {
  let backend: TestBackend
  beforeEach(() => (backend = openTestBackend()))
  afterEach(() => backend.close())

  it('answers a valid call with ok and data', async () => {
    const result = await backend.dispatch('settings.get', {})
    expect(result).toEqual({ ok: true, data: { locale: 'en', theme: 'system', currency: 'CNY' } })
  })

  it('refuses an unknown channel with a translated error', async () => {
    const result = await backend.dispatch('db.exec', { sql: 'DROP TABLE customers' })
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
    if (!result.ok) expect(result.error.message).toContain('db.exec')
  })

  it('refuses bad input field by field, in the UI language, and changes nothing', async () => {
    const before = backend.db.prepare('SELECT count(*) AS n FROM settings').get()
    const bad = await backend.dispatch('settings.set', { currency: 'yuan', extra: 1 })
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.error.code).toBe('validation')
    expect(bad.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['currency']))
    expect(bad.error.message).toMatch(/^Some fields need attention/)
    expect(backend.db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual(before)

    await backend.dispatch('settings.set', { locale: 'zh-CN' })
    const zh = await backend.dispatch('settings.set', { currency: 'yuan' })
    expect(zh.ok).toBe(false)
    if (!zh.ok) {
      expect(zh.error.message).toMatch(/^有字段需要修改/)
      expect(zh.error.issues?.[0].message).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('rejects non-object payloads', async () => {
    for (const raw of [null, 'x', 42, [], undefined]) {
      const result = await backend.dispatch('settings.set', raw)
      expect(result.ok).toBe(false)
    }
  })

  it('turns unexpected errors into a translated internal error with no stack trace', async () => {
    const logged: unknown[] = []
    const broken = createDispatcher(
      {
        ...handlers,
        'settings.get': () => {
          throw new Error('disk on fire at /secret/path')
        },
      },
      backend.ctx,
      (_m, e) => logged.push(e),
    )
    const result = await broken('settings.get', {})
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('internal')
      expect(JSON.stringify(result.error)).not.toMatch(/secret|stack|at /)
    }
    expect(logged).toHaveLength(1)
  })

  it('passes expected failures through with their code and params', async () => {
    const failing = createDispatcher(
      {
        ...handlers,
        'settings.get': () => {
          throw new AppError('not_found', { entity: 'customer' })
        },
      },
      backend.ctx,
    )
    const result = await failing('settings.get', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('customer') } })
  })

  it('stores settings, audits the change and tells the renderer', async () => {
    const result = await backend.dispatch('settings.set', { theme: 'dark', currency: 'USD' })
    expect(result).toMatchObject({ ok: true, data: { theme: 'dark', currency: 'USD' } })
    const audit = backend.db.prepare(`SELECT entity, action FROM audit_log`).all()
    expect(audit).toEqual([{ entity: 'settings', action: 'settings' }])
    expect(backend.events).toEqual([{ event: 'data.changed', payload: { entities: ['settings'] } }])
  })
})

describe('a write while an import holds the data file', () => {
  it('is told to wait for the import, in the UI language, instead of an internal error', async () => {
    const backend = openTestBackend()
    try {
      // A second connection plays the import worker: it holds the write lock.
      const Database = (await import('better-sqlite3')).default
      const importer = new Database(backend.ctx.dataFile)
      importer.exec('BEGIN IMMEDIATE')
      backend.db.pragma('busy_timeout = 50')
      const result = await backend.dispatch('settings.set', { theme: 'dark' })
      importer.exec('ROLLBACK')
      importer.close()
      expect(result).toMatchObject({ ok: false, error: { code: 'job_busy', message: expect.stringMatching(/import/i) } })
    } finally {
      backend.close()
    }
  })
})
