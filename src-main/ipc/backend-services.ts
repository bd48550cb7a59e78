import type { HandlerContext } from './context'

/**
 * A per-backend service a domain owns — a cache, a worker runner, picked files — declared
 * once by the domain (`defineService`) and reached as `ctx.services.get(key)`. Made on first
 * use, one per backend (per open data file), closed with it. The kernel never learns the
 * domains' types: each key carries its own.
 */
export interface ServiceKey<S> {
  /** For messages. */
  readonly name: string
  readonly create: (ctx: HandlerContext) => S
}

export const defineService = <S>(name: string, create: (ctx: HandlerContext) => S): ServiceKey<S> => ({ name, create })

/** A service that holds something to release (a worker, a file) closes with the backend. */
interface Closable {
  close(): void | Promise<void>
}
const isClosable = (service: unknown): service is Closable =>
  typeof service === 'object' && service !== null && typeof (service as Partial<Closable>).close === 'function'

export interface BackendServices {
  get<S>(key: ServiceKey<S>): S
  /** Closes every service made so far that has `close()`, newest first; `get` then refuses. */
  close(): Promise<void>
}

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
