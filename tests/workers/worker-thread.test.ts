import { resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '../../src-shared/ipc/app-error'
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

describe('a worker thread with an idle limit', () => {
  let thread: WorkerThread
  afterEach(() => thread.close())

  const echo = async (taskId: string): Promise<number> =>
    ((await thread.post(message(taskId, 'echo'), () => undefined)) as { threadId: number }).threadId

  it('keeps its thread while tasks keep coming, and ends it once idle for that long', async () => {
    thread = workerThread({ workerPath: fixture, workerData: null, name: 'test worker', idleMs: 1000 })
    const first = await echo('a')
    await sleep(50)
    expect(await echo('b')).toBe(first)
    await sleep(2000)
    expect(await echo('c')).not.toBe(first)
  })

  it('does not end a thread while a task is pending', async () => {
    thread = workerThread({ workerPath: fixture, workerData: null, name: 'test worker', idleMs: 1 })
    const [a, b] = await Promise.all([echo('a'), echo('b')])
    expect(b).toBe(a)
  })
})

describe('a worker thread with a heap limit', () => {
  let thread: WorkerThread
  afterEach(() => thread.close())

  it('fails a task that outgrows it with a translated error, and the next task starts a fresh worker', async () => {
    thread = workerThread({ workerPath: fixture, workerData: null, name: 'test worker', heapLimitMb: 32 })
    const first = (await thread.post(message('a', 'echo'), () => undefined)) as { threadId: number }
    const error: unknown = await thread.post(message('b', 'hog'), () => undefined).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'worker_out_of_memory', params: { limitMb: 32 } })
    const next = (await thread.post(message('c', 'echo'), () => undefined)) as { threadId: number }
    expect(next.threadId).not.toBe(first.threadId)
  })
})
