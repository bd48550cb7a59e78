/**
 * A tiny observable list keyed by id. Registering an id again replaces the entry (so hot reload
 * and repeated setup are harmless); the returned function unregisters it.
 */
export interface Registry<T extends { id: string }> {
  register(entry: T): () => void
  list(): readonly T[]
  subscribe(listener: () => void): () => void
}

export function createRegistry<T extends { id: string }>(): Registry<T> {
  let entries: readonly T[] = []
  const listeners = new Set<() => void>()
  const notify = (): void => listeners.forEach((listener) => listener())
  return {
    register(entry) {
      entries = [...entries.filter((e) => e.id !== entry.id), entry]
      notify()
      return () => {
        if (!entries.includes(entry)) return
        entries = entries.filter((e) => e !== entry)
        notify()
      }
    },
    list: () => entries,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
