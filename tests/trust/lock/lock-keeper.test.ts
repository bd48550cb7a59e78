import { afterEach, describe, expect, it } from 'vitest'
import { createShopHost, type ShopHost, type ShopHostOptions } from '../../../src-main/app/shop/shop-host'
import { queuedDialogs } from '../../../src-main/harness/queued-dialogs'
import { manualIdleSource } from '../../../src-main/trust/lock/idle-source'
import { IDLE_CHECK_MS } from '../../../src-main/trust/lock/idle-watch'
import { createLockKeeper } from '../../../src-main/trust/lock/lock-keeper'
import { writeLockFile } from '../../../src-main/trust/lock/lock-file'
import type { LockStatus } from '../../../src-shared/ipc/channels/lock'
import type { TaskReminder } from '../../../src-shared/domain/task-types'
import { makeTempDir } from '../../support/temp-dir'
import { answer, givePassphrase, PASS, refusal, testClock } from './lock-support'

let hosts: ShopHost[] = []
let cleanups: (() => void)[] = []
afterEach(async () => {
  for (const host of hosts) await host.close()
  for (const cleanup of cleanups) cleanup()
  hosts = []
  cleanups = []
})
const folder = (): string => {
  const temp = makeTempDir('kehu-lock-host-')
  cleanups.push(temp.cleanup)
  return temp.dir
}
/** A data folder whose lock is on (10 idle minutes), with its passphrase. */
async function lockedFolder(): Promise<string> {
  const dir = folder()
  await givePassphrase(dir)
  writeLockFile(dir, { enabled: true, idleMinutes: 10 })
  return dir
}
const host = (dir: string, extra: Partial<ShopHostOptions> = {}) => {
  const events: { event: string; payload: unknown }[] = []
  const opened = createShopHost({
    dataDir: dir,
    platform: 'cli',
    osLocale: 'en',
    dialogs: queuedDialogs(),
    emit: (event, payload) => void events.push({ event, payload }),
    ...extra,
  })
  hosts.push(opened)
  return { host: opened, events }
}

describe('the app lock of the shop host', () => {
  it('starts locked when the lock is on — a restart does not unlock — and a shop switch is refused while locked', async () => {
    const dir = await lockedFolder()
    const first = host(dir)
    expect(await answer<LockStatus>(first.host.dispatch('lock.status', {}))).toMatchObject({ locked: true, enabled: true })
    expect((await refusal(first.host.dispatch('app.openDemoShop', {}))).code).toBe('app_locked')
    await answer(first.host.dispatch('lock.unlock', { passphrase: PASS }))
    expect(first.events).toEqual([{ event: 'lock.changed', payload: { locked: false } }])
    await first.host.close()
    hosts = []

    const again = host(dir)
    expect((await answer<LockStatus>(again.host.dispatch('lock.status', {}))).locked).toBe(true)
  })

  it('starts open where the lock is off', async () => {
    const { host: open } = host(folder())
    expect(await answer<LockStatus>(open.dispatch('lock.status', {}))).toMatchObject({ locked: false, enabled: false })
  })

  it('locks after the idle minutes and when the computer sleeps, and tells the window', async () => {
    const dir = await lockedFolder()
    const idle = manualIdleSource()
    const clock = testClock()
    const { host: h, events } = host(dir, { idle, clock })
    await answer(h.dispatch('lock.unlock', { passphrase: PASS }))
    idle.set(9 * 60)
    clock.advance(IDLE_CHECK_MS)
    expect((await answer<LockStatus>(h.dispatch('lock.status', {}))).locked).toBe(false)
    idle.set(10 * 60)
    clock.advance(IDLE_CHECK_MS)
    expect((await refusal(h.dispatch('app.info', {}))).code).toBe('app_locked')
    idle.set(0)
    await answer(h.dispatch('lock.unlock', { passphrase: PASS }))
    idle.away()
    expect((await refusal(h.dispatch('app.info', {}))).code).toBe('app_locked')
    expect(events.filter((e) => e.event === 'lock.changed').map((e) => e.payload)).toEqual([
      { locked: false },
      { locked: true },
      { locked: false },
      { locked: true },
    ])
  })
})

describe('reminders while locked', () => {
  const reminder: TaskReminder = { kind: 'reminder', title: '回访 王小明', body: '王小明 · 13800138000', taskIds: [7] }

  it('name nobody and no task, in the UI language; unlocked they pass as they are', () => {
    const seen: unknown[] = []
    const keeper = createLockKeeper({
      dataDir: folder(),
      clock: testClock(),
      emit: (event, payload) => void (event === 'task.reminder' && seen.push(payload)),
      locale: () => 'zh-CN',
    })
    keeper.emit('task.reminder', reminder)
    keeper.lock.lock()
    keeper.emit('task.reminder', reminder)
    keeper.emit('task.reminder', { ...reminder, kind: 'digest', taskIds: [7, 8] })
    expect(seen).toEqual([
      reminder,
      { kind: 'reminder', title: 'Kehu 提醒', body: '有一项任务到期。解锁 Kehu 查看。', taskIds: [] },
      { kind: 'digest', title: 'Kehu 提醒', body: '离开期间有任务到期。解锁 Kehu 查看。', taskIds: [] },
    ])
    expect(JSON.stringify(seen.slice(1))).not.toMatch(/王小明|138/)
    keeper.close()
  })
})
