import type { IpcResult, KehuBridge } from '../../../src-shared/ipc'

/**
 * The browser-harness transport: the same calls as the preload, sent over loopback HTTP to
 * the same registrar. The harness injects its per-run token into index.html.
 */
export function createHttpBridge(token: string): KehuBridge {
  const headers = { 'content-type': 'application/json', 'x-kehu-token': token }
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
      const source = new EventSource(`/__kehu/events?token=${encodeURIComponent(token)}`)
      const handle = (message: MessageEvent<string>): void => listener(JSON.parse(message.data))
      source.addEventListener(event, handle)
      return () => source.close()
    },
  }
}
