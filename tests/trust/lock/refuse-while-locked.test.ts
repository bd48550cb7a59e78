import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CHANNEL_NAMES } from '../../../src-shared/ipc'
import { OPEN_WHILE_LOCKED } from '../../../src-main/trust/lock/refuse-while-locked'
import { databaseHash } from '../../support/database-hash'
import { openTestBackend, type TestBackend } from '../../support/test-db'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
})
afterEach(() => backend.close())

const guarded = CHANNEL_NAMES.filter((name) => !OPEN_WHILE_LOCKED.has(name))

describe('the lock guard in front of the registrar', () => {
  it('answers app_locked on every channel but the unlock ones, and changes nothing', async () => {
    const created = await backend.dispatch('customers.create', { name: '王小明', phone: '13800138000' })
    expect(created.ok).toBe(true)
    backend.ctx.lock.lock()
    const before = databaseHash(backend.db)
    expect(CHANNEL_NAMES.filter((name) => OPEN_WHILE_LOCKED.has(name))).toEqual(['settings.get', 'lock.status', 'lock.unlock'])
    expect(guarded).toHaveLength(CHANNEL_NAMES.length - 3)
    for (const channel of guarded) {
      const answer = await backend.dispatch(channel, {})
      expect(answer, channel).toEqual({
        ok: false,
        error: { code: 'app_locked', message: 'Kehu is locked. Unlock it with your passphrase.', params: {} },
      })
    }
    // A well-formed write is refused too (the guard runs before validation and the handler).
    const write = await backend.dispatch('customers.create', { name: '李四', phone: '13900139000' })
    expect(write.ok).toBe(false)
    expect(backend.events).toHaveLength(1) // the create before the lock, nothing since
    expect(databaseHash(backend.db)).toBe(before)
  })

  it("answers settings.get while locked (the lock screen in the owner's theme) with nothing of the shop in it", async () => {
    await backend.dispatch('customers.create', { name: '王小明', phone: '13800138000', email: 'wang@example.cn' })
    await backend.dispatch('settings.set', { locale: 'zh-CN', theme: 'dark' })
    backend.ctx.lock.lock()
    const before = databaseHash(backend.db)
    const answer = await backend.dispatch('settings.get', {})
    expect(answer).toEqual({ ok: true, data: { locale: 'zh-CN', theme: 'dark', currency: 'CNY' } })
    const said = JSON.stringify(answer)
    for (const secret of ['王小明', '13800138000', 'wang@example.cn']) expect(said).not.toContain(secret)
    // Read only, and the lock stays.
    expect(databaseHash(backend.db)).toBe(before)
    expect((await backend.dispatch('customers.list', { limit: 10 })).ok).toBe(false)
  })

  it('refuses unknown channels while locked, in the UI language', async () => {
    await backend.dispatch('settings.set', { locale: 'zh-CN' })
    backend.ctx.lock.lock()
    const answer = await backend.dispatch('nothing.here', {})
    expect(answer.ok === false && answer.error).toMatchObject({ code: 'app_locked', message: 'Kehu 已锁定。请输入口令解锁。' })
  })

  it('answers again once unlocked', async () => {
    backend.ctx.lock.lock()
    expect((await backend.dispatch('customers.list', { limit: 10 })).ok).toBe(false)
    backend.ctx.lock.unlock()
    const answer = await backend.dispatch('settings.get', {})
    expect(answer.ok).toBe(true)
  })
})
