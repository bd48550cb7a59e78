import { resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { newCancelFlag } from '../../src-main/workers/cancel-flag'
import { workerThread, type WorkerThread } from '../../src-main/workers/worker-thread'

const fixture = resolve(__dirname, 'fixtures/crashing.worker.mjs')
const message = (taskId: string, task: string) => ({ taskId, task, input: null, cancel: newCancelFlag() })

describe('a worker thread that crashes', () => {
  let thread: WorkerThread
  afterEach(() => thread.close())

  it('fails every task posted to it, and the next task starts a fresh worker', async () => {
    thread = workerThread({ workerPath: fixture, workerData: null, name: 'test worker' })
    const progress: number[] = []
    const first = (await thread.post(message('a', 'echo'), (done) => progress.push(done))) as { threadId: number }
    expect(progress).toEqual([1])

    const crashed = thread.post(message('b', 'crash'), () => undefined)
    const queued = thread.post(message('c', 'echo'), () => undefined)
    await expect(crashed).rejects.toThrow('test worker stopped (exit code 3)')
    await expect(queued).rejects.toThrow('test worker stopped (exit code 3)')

    const next = (await thread.post(message('d', 'echo'), () => undefined)) as { threadId: number }
    expect(next.threadId).not.toBe(first.threadId)
  })

  it('refuses tasks once closed, instead of starting a new worker', async () => {
    thread = workerThread({ workerPath: fixture, workerData: null, name: 'test worker' })
    await thread.post(message('a', 'echo'), () => undefined)
    await thread.close()
    await expect(thread.post(message('b', 'echo'), () => undefined)).rejects.toThrow('test worker is closed')
  })
})
