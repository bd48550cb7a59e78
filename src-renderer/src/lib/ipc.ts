import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
  EventName,
  EventPayload,
  IpcError,
  KehuBridge,
} from '../../../src-shared/ipc'
import { createEventHub, type EventHub } from './event-hub'
import { createHttpBridge } from './http-bridge'

declare global {
  interface Window {
    kehu?: KehuBridge
  }
}

/** A failed call: `error.message` is already translated; `error.issues` name the fields. */
export class IpcCallError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message)
    this.name = 'IpcCallError'
  }
}

function resolveBridge(): KehuBridge {
  if (window.kehu) return window.kehu
  if (document.querySelector('meta[name="kehu-harness"]')) return createHttpBridge()
  throw new Error('Kehu must run inside its window or the browser harness')
}

let bridge: KehuBridge | undefined
const getBridge = (): KehuBridge => (bridge ??= resolveBridge())
let hub: EventHub | undefined
const getHub = (): EventHub => (hub ??= createEventHub((event, listener) => getBridge().on(event, listener)))

/** The renderer's one typed way to ask the main process for anything. */
export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await getBridge().invoke(channel, input)
  if (!result.ok) throw new IpcCallError(result.error)
  return result.data as ChannelOutput<C>
}

/**
 * Subscribes to a main-process event; returns the unsubscribe function. Every subscriber in the
 * window shares one transport subscription per event name (lib/event-hub.ts).
 */
export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return getHub().on(event, (payload) => listener(payload as EventPayload<E>))
}

/** The words to show for a failure: IPC errors arrive already translated into the UI language. */
/** The owner pressed Cancel on a long job: not a failure. */
export const isCancelled = (error: unknown): boolean => error instanceof IpcCallError && error.error.code === 'cancelled'

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error))
