import type { BackendServices, HandlerContext, ServiceKey } from './context'

/** Declares a domain's per-backend service; `ServiceKey` (context.ts) says how services live. */
export const defineService = <S>(name: string, create: (ctx: HandlerContext) => S): ServiceKey<S> => ({ name, create })

/** A service that holds something to release (a worker, a file) closes with the backend. */
interface Closable {
  close(): void | Promise<void>
}
const isClosable = (service: unknown): service is Closable =>
  typeof service === 'object' && service !== null && typeof (service as Partial<Closable>).close === 'function'

export function createBackendServices(ctx: () => HandlerContext): BackendServices {
  const made = new Map<ServiceKey<unknown>, unknown>()
  let closed = false
  return {
    get<S>(key: ServiceKey<S>): S {
      if (made.has(key)) return made.get(key) as S
      if (closed) throw new Error(`the backend is closed (service ${key.name})`)
      const service = key.create(ctx())
      made.set(key, service)
      return service
    },
    async close() {
      closed = true
      for (const service of [...made.values()].reverse()) if (isClosable(service)) await service.close()
      made.clear()
    },
  }
}
