/** Subscribes one listener to a transport event; returns the unsubscribe function. */
export type Subscribe = (event: string, listener: (payload: unknown) => void) => () => void

export interface EventHub {
  on(event: string, listener: (payload: unknown) => void): () => void
}

/**
 * Fans one transport subscription per event name out to every listener in the window. In the
 * browser harness each transport subscription would be a long-lived HTTP request, and Chromium
 * allows six per host: a page with a dialog used to reach seven and the next request hung.
 * The transport subscription stays for the window's lifetime (an app-wide listener such as the
 * integrity alert keeps it busy anyway), so subscribers coming and going cost nothing.
 */
export function createEventHub(subscribe: Subscribe): EventHub {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  return {
    on(event, listener) {
      let set = listeners.get(event)
      if (!set) {
        const fresh = new Set<(payload: unknown) => void>()
        listeners.set(event, (set = fresh))
        subscribe(event, (payload) => [...fresh].forEach((each) => each(payload)))
      }
      // A wrapper per subscription, so the same function subscribed twice is two subscriptions.
      const entry = (payload: unknown): void => listener(payload)
      set.add(entry)
      return () => void set.delete(entry)
    },
  }
}
