import type { IpcResult, KehuBridge } from '../../../src-shared/ipc'
import type { Locale } from '../../../src-shared/i18n'
import { openTestBackend, type TestBackend } from '../../support/test-db'

/**
 * `window.kehu` wired to the REAL registrar and handlers over a fresh SQLite file in a temp
 * folder: the app's own backend in-process, minus Electron. Inputs and results go through
 * JSON like the real transports, and `data.changed` events reach `on()` listeners.
 * The renderer caches the bridge, so one bridge object delegates to the current backend.
 */
let backend: TestBackend | undefined
const listeners = new Map<string, Set<(payload: unknown) => void>>()
let delivered = 0

const bridge: KehuBridge = {
  async invoke(channel, input) {
    if (!backend) throw new Error('no test backend open')
    const result = await backend.dispatch(channel, JSON.parse(JSON.stringify(input ?? null)))
    deliverEvents(backend)
    return JSON.parse(JSON.stringify(result)) as IpcResult<unknown>
  },
  on(event, listener) {
    const set = listeners.get(event) ?? new Set()
    listeners.set(event, set.add(listener))
    return () => set.delete(listener)
  },
}

function deliverEvents(b: TestBackend): void {
  for (; delivered < b.events.length; delivered++) {
    const { event, payload } = b.events[delivered]
    listeners.get(event)?.forEach((listener) => listener(payload))
  }
}

window.kehu = bridge

/** Opens a fresh backend for one test (UI language from the OS locale until Settings say otherwise). */
export function openBackend(osLocale: Locale = 'en'): TestBackend {
  backend?.close()
  backend = openTestBackend({ osLocale })
  delivered = 0
  return backend
}

export function closeBackend(): void {
  backend?.close()
  backend = undefined
}

/** Calls a channel on the current backend and fails the test on an error result. */
export async function seed<T = unknown>(channel: string, input: unknown): Promise<T> {
  const result = await bridge.invoke(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.data as T
}
