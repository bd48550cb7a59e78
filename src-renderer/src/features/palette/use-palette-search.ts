import { useEffect, useState, useSyncExternalStore } from 'react'
import { paletteProviders, type PaletteItem } from '../../registries/palette'

export interface PaletteGroup {
  label: string
  items: PaletteItem[]
}

export interface PaletteResults {
  groups: PaletteGroup[]
  /** The items in display order (what the arrow keys walk through). */
  items: PaletteItem[]
  /** True while any provider has not answered the current query. */
  pending: boolean
}

const MAX_ITEMS = 50

/**
 * Asks every registered provider for `query`, merging answers as they arrive in provider order.
 * A newer query aborts the older one; a provider that fails is logged and skipped, so one
 * broken feature cannot take the palette down.
 */
export function usePaletteSearch(query: string, language: string): PaletteResults {
  const providers = useSyncExternalStore(paletteProviders.subscribe, paletteProviders.list)
  const [results, setResults] = useState<PaletteResults>({ groups: [], items: [], pending: true })

  useEffect(() => {
    const controller = new AbortController()
    const ordered = [...providers].sort((a, b) => (a.order ?? 50) - (b.order ?? 50))
    const answers = new Map<string, PaletteItem[]>()
    let pending = ordered.length
    const publish = (): void => {
      if (controller.signal.aborted) return
      setResults(
        groupItems(
          ordered.flatMap((p) => answers.get(p.id) ?? []),
          pending > 0,
        ),
      )
    }
    publish()
    for (const provider of ordered) {
      Promise.resolve()
        .then(() => provider.search(query, controller.signal))
        .then(
          (items) => answers.set(provider.id, items),
          (error: unknown) => {
            if (!controller.signal.aborted) console.warn(`palette provider ${provider.id} failed`, error)
          },
        )
        .finally(() => {
          pending -= 1
          publish()
        })
    }
    return () => controller.abort()
  }, [providers, query, language])

  return results
}

/** Groups keep the order in which they first appear; items are listed group by group. */
function groupItems(all: PaletteItem[], pending: boolean): PaletteResults {
  const groups = new Map<string, PaletteItem[]>()
  for (const item of all.slice(0, MAX_ITEMS)) {
    const list = groups.get(item.group) ?? []
    list.push(item)
    groups.set(item.group, list)
  }
  const grouped = [...groups].map(([label, items]) => ({ label, items }))
  return { groups: grouped, items: grouped.flatMap((g) => g.items), pending }
}
