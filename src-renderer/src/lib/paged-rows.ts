/** One window of a long list, as the server answers it: the rows and the size of the whole list. */
export interface RowWindow<T> {
  rows: T[]
  total: number
}

export type FetchWindow<T> = (offset: number, limit: number) => Promise<RowWindow<T>>

export interface PagedRowsSnapshot {
  /** Rows in the whole list (from the latest answer); null before the first answer. */
  total: number | null
  /** Bumped on every change, so React re-renders rows that arrived. */
  version: number
  error: unknown
}

interface PagedRowsOptions<T> {
  pageSize?: number
  /** Pages kept in memory; the ones farthest from the last requested range go first. */
  maxPages?: number
  /** The first page, answered already (asked for at start): shown at once, not asked again. */
  firstPage?: RowWindow<T>
}

/**
 * Rows of a list too long to load at once (100,000 customers): fixed-size pages fetched on
 * demand for the visible range, cached, and dropped when far away. `invalidate()` keeps
 * showing the old rows while the visible pages reload, so a refresh never flashes empty.
 * Framework-free (subscribe / getSnapshot) so it is tested without React.
 */
export class PagedRows<T> {
  readonly pageSize: number
  private readonly maxPages: number
  private pages = new Map<number, T[]>()
  private stale = new Set<number>()
  private inflight = new Set<number>()
  private generation = 0
  private lastRange: [number, number] = [0, 0]
  private listeners = new Set<() => void>()
  private snapshot: PagedRowsSnapshot = { total: null, version: 0, error: null }

  constructor(
    private readonly fetchWindow: FetchWindow<T>,
    { pageSize = 200, maxPages = 40, firstPage }: PagedRowsOptions<T> = {},
  ) {
    this.pageSize = pageSize
    this.maxPages = maxPages
    if (firstPage) {
      this.pages.set(0, firstPage.rows)
      this.snapshot = { total: firstPage.total, version: 1, error: null }
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): PagedRowsSnapshot => this.snapshot

  /** The row at `index`, or undefined while its page is loading. */
  row(index: number): T | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize]
  }

  /** Loads the pages covering rows `start..end` (inclusive) that are missing or stale. */
  ensure(start: number, end: number): Promise<void> {
    this.lastRange = [start, Math.max(start, end)]
    const first = Math.floor(Math.max(0, start) / this.pageSize)
    const last = Math.floor(Math.max(start, end) / this.pageSize)
    const loads: Promise<void>[] = []
    for (let page = first; page <= last; page++) {
      if ((!this.pages.has(page) || this.stale.has(page)) && !this.inflight.has(page)) loads.push(this.load(page))
    }
    return Promise.all(loads).then(() => undefined)
  }

  /** Marks every page stale and reloads the last requested range (data changed elsewhere). */
  invalidate(): Promise<void> {
    this.generation++
    this.inflight.clear()
    for (const page of this.pages.keys()) this.stale.add(page)
    return this.ensure(...this.lastRange)
  }

  private async load(page: number): Promise<void> {
    const generation = this.generation
    this.inflight.add(page)
    try {
      const { rows, total } = await this.fetchWindow(page * this.pageSize, this.pageSize)
      if (generation !== this.generation) return // a newer invalidate() owns this page now
      this.pages.set(page, rows)
      this.stale.delete(page)
      this.evictFarPages()
      this.publish({ total, error: null })
    } catch (error) {
      if (generation === this.generation) this.publish({ error })
    } finally {
      if (generation === this.generation) this.inflight.delete(page)
    }
  }

  private evictFarPages(): void {
    if (this.pages.size <= this.maxPages) return
    const centre = (this.lastRange[0] + this.lastRange[1]) / 2 / this.pageSize
    const byDistance = [...this.pages.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre))
    for (const page of byDistance.slice(0, this.pages.size - this.maxPages)) {
      this.pages.delete(page)
      this.stale.delete(page)
    }
  }

  private publish(change: Partial<PagedRowsSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change, version: this.snapshot.version + 1 }
    for (const listener of this.listeners) listener()
  }
}
