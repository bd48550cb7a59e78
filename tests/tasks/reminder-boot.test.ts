import { afterEach, describe, expect, it } from 'vitest'
import { bootBackend } from '../../src-main/app/boot'
import { noDialogs } from '../../src-main/app/create-context'
import type { EventName } from '../../src-shared/ipc'
import { makeTempDir } from '../support/temp-dir'
import { manualClock } from './support'

describe('reminders in the app backend', () => {
  const temp = makeTempDir('kehu-reminder-boot-')
  afterEach(() => temp.cleanup())

  it('start at boot (the missed ones as one digest), catch up on wake, and stop with Backend.close', async () => {
    const clock = manualClock('2026-12-05T01:00:00.000Z', 'Asia/Shanghai')
    const events: { event: EventName; payload: unknown }[] = []
    const boot = (reminders: boolean) =>
      bootBackend({
        dataDir: temp.dir,
        platform: 'cli',
        osLocale: 'en',
        dialogs: noDialogs,
        clock,
        reminders,
        emit: (event, payload) => void events.push({ event, payload }),
      })
    // A tool (reminders off) plans two reminders that come due while the app is closed.
    const tool = boot(false)
    for (const [title, remindAt] of [
      ['call back', '2026-12-05T01:10:00Z'],
      ['send samples', '2026-12-05T01:20:00Z'],
    ]) {
      await tool.dispatch('tasks.create', { title, due: { kind: 'day', date: '2026-12-05' }, remindAt })
    }
    clock.advance(60 * 60_000)
    await tool.close()
    expect(events.filter((e) => e.event === 'task.reminder')).toEqual([])

    const app = boot(true)
    const shown = () => events.filter((e) => e.event === 'task.reminder').map((e) => e.payload)
    expect(shown()).toEqual([
      { kind: 'digest', title: 'Reminders while Kehu was closed or asleep: 2', body: 'call back; send samples', taskIds: [1, 2] },
    ])
    await app.dispatch('tasks.create', {
      title: 'later',
      due: { kind: 'day', date: '2026-12-05' },
      remindAt: '2026-12-05T02:30:00Z',
    })
    clock.sleep(60 * 60_000)
    app.resumed()
    expect(shown().at(-1)).toMatchObject({ kind: 'digest', title: 'later', taskIds: [3] })
    await app.dispatch('tasks.create', {
      title: 'after close',
      due: { kind: 'day', date: '2026-12-05' },
      remindAt: '2026-12-05T03:10:00Z',
    })
    await app.close()
    clock.advance(60 * 60_000)
    expect(shown()).toHaveLength(2)
  })
})
