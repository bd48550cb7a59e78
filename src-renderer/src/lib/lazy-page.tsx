import { lazy, type ComponentType } from 'react'

export interface LazyPage<P> {
  Page: ComponentType<P>
  /** Loads the page's script now; once loaded, the page renders at once (no suspense). */
  preload(): Promise<void>
}

/**
 * A page whose script loads on its first visit (a lazy route), or earlier with `preload`:
 * the shell preloads every page once the start page is up, so a first visit does not wait.
 * Dialogs the start page can open (and their form schemas) load the same way.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined
  let loading: Promise<void> | undefined
  const preload = (): Promise<void> =>
    (loading ??= load().then(
      (component) => void (loaded = component),
      (failure: unknown) => {
        loading = undefined // a later visit tries again
        throw failure
      },
    ))
  const Suspending = lazy(async () => {
    await preload()
    return { default: loaded! }
  })
  function Page(props: P) {
    const Loaded = loaded
    return Loaded ? <Loaded {...props} /> : <Suspending {...props} />
  }
  return { Page, preload }
}
