import { describe, expect, it } from 'vitest'
import type { DataEntity } from '../../../src-shared/ipc'
import { QueryCache } from '../../../src-renderer/src/lib/query-cache'

/** A server whose answers the test releases one by one, and a data.changed source. */
function setup() {
  const requests: { channel: string; input: unknown; answer(data: unknown): void; fail(error: unknown): void }[] = []
  const fetch = (channel: string, input: unknown): Promise<unknown> =>
    new Promise((answer, fail) => requests.push({ channel, input, answer, fail }))
  let changed: ((entities: readonly DataEntity[]) => void) | null = null
  let watching = 0
  const cache = new QueryCache(fetch, (listener) => {
    watching++
    changed = listener
    return () => {
      watching--
      changed = null
    }
  })
  const emit = (...entities: DataEntity[]): void => changed?.(entities)
  return { cache, requests, emit, watching: () => watching }
}

const flush = (): Promise<void> => new Promise((done) => setTimeout(done, 0))

describe('QueryCache', () => {
  it('asks once for the same channel and input, however many subscribe, and tells each', async () => {
    const { cache, requests } = setup()
    let told = 0
    cache.subscribe('customers.get', { id: 1 }, ['customers'], () => told++)
    cache.subscribe('customers.get', { id: 1 }, ['deals'], () => told++)
    cache.subscribe('customers.get', { id: 2 }, ['customers'], () => {})
    expect(requests.map((r) => r.input)).toEqual([{ id: 1 }, { id: 2 }])
    requests[0].answer({ name: '张三' })
    await flush()
    expect(cache.snapshot(QueryCache.key('customers.get', { id: 1 }))).toEqual({
      data: { name: '张三' },
      error: undefined,
      fetching: false,
    })
    expect(told).toBe(2)
  })

  it('refetches when data.changed names a table a subscriber watches, and only then', async () => {
    const { cache, requests, emit } = setup()
    cache.subscribe('customers.get', { id: 1 }, ['customers'], () => {})
    cache.subscribe('customers.orders', { customerId: 1 }, ['orders'], () => {})
    expect(requests).toHaveLength(2)
    emit('settings')
    expect(requests).toHaveLength(2)
    emit('orders', 'imports')
    expect(requests.map((r) => r.channel)).toEqual(['customers.get', 'customers.orders', 'customers.orders'])
  })

  it('keeps showing the old answer while a refresh loads, and drops an answer a newer request overtook', async () => {
    const { cache, requests, emit } = setup()
    const key = QueryCache.key('tags.list', {})
    cache.subscribe('tags.list', {}, ['tags'], () => {})
    requests[0].answer(['VIP'])
    await flush()
    emit('tags') // request 1
    emit('tags') // request 2
    expect(cache.snapshot(key)).toEqual({ data: ['VIP'], error: undefined, fetching: true })
    requests[2].answer(['VIP', '老客户'])
    await flush()
    requests[1].answer(['stale'])
    await flush()
    expect(cache.snapshot(key).data).toEqual(['VIP', '老客户'])
  })

  it('keeps the data when a refresh fails, and reports the failure until the next answer', async () => {
    const { cache, requests } = setup()
    const key = QueryCache.key('tags.list', {})
    cache.subscribe('tags.list', {}, ['tags'], () => {})
    requests[0].answer(['VIP'])
    await flush()
    cache.refetch(key)
    requests[1].fail(new Error('busy'))
    await flush()
    expect(cache.snapshot(key)).toMatchObject({ data: ['VIP'], error: new Error('busy'), fetching: false })
    cache.refetch(key)
    requests[2].answer(['VIP'])
    await flush()
    expect(cache.snapshot(key).error).toBeUndefined()
  })

  it('forgets an entry with its last subscriber and stops listening when none is left', async () => {
    const { cache, requests, emit, watching } = setup()
    const a = cache.subscribe('tags.list', {}, ['tags'], () => {})
    const b = cache.subscribe('tags.list', {}, ['tags'], () => {})
    expect(watching()).toBe(1)
    a()
    expect(watching()).toBe(1)
    b()
    expect(watching()).toBe(0)
    expect(cache.snapshot(QueryCache.key('tags.list', {})).data).toBeUndefined()
    emit('tags')
    expect(requests).toHaveLength(1)
    cache.subscribe('tags.list', {}, ['tags'], () => {})
    expect(requests).toHaveLength(2)
  })
})
