/**
 * Dependency-free preload (sandbox: true allows only `electron` here): exposes exactly
 * `window.kehu = { invoke, on }`, and only for allow-listed channel and event names.
 * Names come from src-shared/ipc/names.ts, a plain list with no imports, so nothing else is
 * bundled in.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CHANNEL_NAMES, EVENT_NAMES } from '../../src-shared/ipc/names'
import type { KehuBridge } from '../../src-shared/ipc/bridge'
import type { IpcResult } from '../../src-shared/ipc/result'

const channels = new Set<string>(CHANNEL_NAMES)
const events = new Set<string>(EVENT_NAMES)

const rejected = (code: 'unknown_channel', name: string): IpcResult<never> => ({
  ok: false,
  error: { code, message: `Not allowed: ${name}` },
})

const bridge: KehuBridge = {
  invoke(channel, input) {
    if (typeof channel !== 'string' || !channels.has(channel)) {
      return Promise.resolve(rejected('unknown_channel', String(channel)))
    }
    return ipcRenderer.invoke(channel, input) as Promise<IpcResult<unknown>>
  },
  on(event, listener) {
    if (typeof event !== 'string' || !events.has(event)) throw new Error(`Unknown event: ${String(event)}`)
    // The renderer never sees the IpcRendererEvent (it carries the sender).
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
    ipcRenderer.on(event, wrapped)
    return () => void ipcRenderer.removeListener(event, wrapped)
  },
}

contextBridge.exposeInMainWorld('kehu', bridge)
