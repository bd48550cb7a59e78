import type { IpcResult } from './result'

/**
 * What the preload exposes as `window.kehu` (and what the browser harness bridge imitates):
 * only these two functions, only for allow-listed names.
 */
export interface KehuBridge {
  invoke(channel: string, input: unknown): Promise<IpcResult<unknown>>
  /** Subscribes to a main → renderer event; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void
}
