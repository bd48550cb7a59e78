import type { IpcResult, KehuBridge } from '../../../src-shared/ipc'

/**
 * The browser-harness transport: the same calls as the preload, sent over loopback HTTP to
 * the same registrar. The page's calls carry its HttpOnly session cookie (the harness set it when
 * the page was opened from its one-time link; no script can read it). Events arrive on
 * ONE EventSource per window, opened on the first subscription and shared by all of them: each
 * EventSource holds one of the six connections Chromium allows per host.
 */
export function createHttpBridge(): KehuBridge {
  const headers = { 'content-type': 'application/json' }
  let source: EventSource | undefined
  return {
    async invoke(channel, input) {
      const response = await fetch('/__kehu/invoke', {
        method: 'POST',
        headers,
        body: JSON.stringify({ channel, input }),
      })
      return (await response.json()) as IpcResult<unknown>
    },
    on(event, listener) {
      source ??= new EventSource('/__kehu/events')
      const stream = source
      const handle = (message: MessageEvent<string>): void => listener(JSON.parse(message.data))
      stream.addEventListener(event, handle)
      return () => stream.removeEventListener(event, handle)
    },
  }
}
