import { createRegistry } from './registry'

/** One row in the command palette. Labels arrive already translated (or are user data). */
export interface PaletteItem {
  /** Unique across providers, e.g. `customer:42` or `page:settings`. */
  id: string
  title: string
  /** A second line, e.g. a phone number or the page it opens. */
  subtitle?: string
  /** The heading it is listed under (translated), e.g. "Customers" / "客户". */
  group: string
  /** Shortcut shown on the right, display only (e.g. "N"). */
  shortcut?: string
  /** Runs when chosen; the palette closes first. A rejection is shown to the user as a toast. */
  perform(): void | Promise<void>
}

/**
 * A source of palette rows. `search` is called on every keystroke (also with `""` when the
 * palette opens: return [] or suggestions). `signal` aborts when a newer query supersedes it.
 * Lower `order` is listed first (built-ins: pages 10, actions 20; customers should use ~5).
 */
export interface PaletteProvider {
  id: string
  order?: number
  search(query: string, signal: AbortSignal): Promise<PaletteItem[]>
}

const providers = createRegistry<PaletteProvider>()

/** Adds a palette provider; returns the function that removes it. */
export const registerPaletteProvider = (provider: PaletteProvider): (() => void) => providers.register(provider)

export const paletteProviders = providers

/** Case- and width-insensitive match of `query` against any of `texts`; "" matches all. */
export function matchesQuery(query: string, ...texts: (string | undefined)[]): boolean {
  const q = normalize(query)
  return q === '' || texts.some((text) => text !== undefined && normalize(text).includes(q))
}

const normalize = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
