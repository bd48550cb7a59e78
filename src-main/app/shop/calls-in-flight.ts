/**
 * The calls each backend is still answering, so a shop switch lets them finish (a dashboard
 * analysis, a list page) before it closes their file, instead of cutting them off mid-query.
 */
export function createCallsInFlight<B extends object>() {
  const calls = new WeakMap<B, Set<Promise<unknown>>>()
  return {
    track<T>(backend: B, call: Promise<T>): Promise<T> {
      const open = calls.get(backend) ?? new Set()
      calls.set(backend, open)
      open.add(call)
      return call.finally(() => open.delete(call))
    },
    /** Resolves once every call `backend` was answering has ended, however it ended. */
    async settled(backend: B): Promise<void> {
      await Promise.allSettled([...(calls.get(backend) ?? [])])
    },
  }
}
