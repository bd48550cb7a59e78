// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { createEventHub } from '../../../src-renderer/src/lib/event-hub'
import { createHttpBridge } from '../../../src-renderer/src/lib/http-bridge'

describe('event hub', () => {
  it('opens one transport subscription per event name, however many listen, and fans out', () => {
    const opened: string[] = []
    const transport = new Map<string, (payload: unknown) => void>()
    const hub = createEventHub((event, listener) => {
      opened.push(event)
      transport.set(event, listener)
      return () => transport.delete(event)
    })
    const heard: string[] = []
    const stops = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => hub.on('data.changed', () => heard.push(name)))
    hub.on('job.progress', () => heard.push('progress'))
    expect(opened).toEqual(['data.changed', 'job.progress'])

    transport.get('data.changed')?.({ entities: ['customers'] })
    expect(heard).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'])

    stops.slice(0, 6).forEach((stop) => stop())
    heard.length = 0
    transport.get('data.changed')?.({ entities: ['customers'] })
    expect(heard).toEqual(['g'])
  })

  it('treats the same function subscribed twice as two subscriptions', () => {
    let send: (payload: unknown) => void = () => {}
    const hub = createEventHub((_event, listener) => ((send = listener), () => {}))
    let calls = 0
    const listener = (): void => void calls++
    const first = hub.on('data.changed', listener)
    hub.on('data.changed', listener)
    first()
    send({})
    expect(calls).toBe(1)
  })
})

/** Counts the EventSources the harness bridge opens (happy-dom has none of its own). */
class CountingEventSource extends EventTarget {
  static opened: CountingEventSource[] = []
  constructor(readonly url: string) {
    super()
    CountingEventSource.opened.push(this)
  }
  close(): void {}
  /** What the harness writes: `event: <name>` and `data: <json>`. */
  send(event: string, payload: unknown): void {
    this.dispatchEvent(new MessageEvent(event, { data: JSON.stringify(payload) }))
  }
}

describe('harness bridge', () => {
  const original = globalThis.EventSource
  afterEach(() => {
    globalThis.EventSource = original
    CountingEventSource.opened = []
  })

  it('opens ONE EventSource for every subscription and delivers each event to its own listeners', () => {
    globalThis.EventSource = CountingEventSource as unknown as typeof EventSource
    const bridge = createHttpBridge()
    const changes: unknown[] = []
    const progress: unknown[] = []
    const stops = Array.from({ length: 7 }, () => bridge.on('data.changed', (payload) => changes.push(payload)))
    bridge.on('job.progress', (payload) => progress.push(payload))
    expect(CountingEventSource.opened.map((source) => source.url)).toEqual(['/__kehu/events']) // the session cookie, not a token in the URL

    const [source] = CountingEventSource.opened
    source.send('data.changed', { entities: ['customers'] })
    expect(changes).toHaveLength(7)
    expect(progress).toEqual([])

    stops.forEach((stop) => stop())
    source.send('data.changed', { entities: ['customers'] })
    source.send('job.progress', { jobId: 'j', kind: 'import', done: 1, total: 2 })
    expect(changes).toHaveLength(7)
    expect(progress).toEqual([{ jobId: 'j', kind: 'import', done: 1, total: 2 }])
    bridge.on('data.changed', () => {})
    expect(CountingEventSource.opened).toHaveLength(1)
  })
})
