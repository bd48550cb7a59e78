import type { DataEntity } from '../../../src-shared/ipc'

/** What one query shows right now. */
export interface QuerySnapshot {
  /** The latest answer; kept while a refresh loads (no flash of empty). */
  data: unknown
  /** The latest failure; cleared by the next answer. */
  error: unknown
  /** A request is in flight (the first load or a refresh). */
  fetching: boolean
}

export type FetchQuery = (channel: string, input: unknown) => Promise<unknown>
/** Subscribes to `data.changed`; the listener gets the tables that changed. */
export type WatchChanges = (listener: (changed: readonly DataEntity[]) => void) => () => void

interface Subscriber {
  notify(): void
  entities: readonly DataEntity[]
}

interface Entry {
  channel: string
  input: unknown
  snapshot: QuerySnapshot
  subscribers: Set<Subscriber>
  /** Bumped per request: only the newest request's answer is kept. */
  generation: number
}

/** A query nobody has asked yet (or one whose input is null). */
export const IDLE: QuerySnapshot = { data: undefined, error: undefined, fetching: false }

/**
 * Server state shared by every component of the window: one entry per channel + input, so a
 * page and its panels asking the same question make one request. An entry refetches when
 * `data.changed` names a table one of its subscribers watches, drops answers that a newer
 * request overtook, and goes away with its last subscriber. Framework-free, tested without React.
 */
export class QueryCache {
  private readonly entries = new Map<string, Entry>()
  private stopWatching: (() => void) | undefined

  constructor(
    private readonly fetchQuery: FetchQuery,
    private readonly watchChanges: WatchChanges,
  ) {}

  static key(channel: string, input: unknown): string {
    return `${channel} ${JSON.stringify(input)}`
  }

  snapshot(key: string): QuerySnapshot {
    return this.entries.get(key)?.snapshot ?? IDLE
  }

  /** Starts the query on its first subscriber; `notify` runs on every change of its snapshot. */
  subscribe(channel: string, input: unknown, entities: readonly DataEntity[], notify: () => void): () => void {
    const key = QueryCache.key(channel, input)
    let entry = this.entries.get(key)
    if (!entry) {
      entry = { channel, input, snapshot: IDLE, subscribers: new Set(), generation: 0 }
      this.entries.set(key, entry)
      void this.load(entry)
    }
    const subscriber: Subscriber = { notify, entities }
    entry.subscribers.add(subscriber)
    this.stopWatching ??= this.watchChanges((changed) => this.onChanged(changed))
    const own = entry
    return () => {
      own.subscribers.delete(subscriber)
      if (own.subscribers.size > 0 || this.entries.get(key) !== own) return
      this.entries.delete(key)
      if (this.entries.size > 0) return
      this.stopWatching?.()
      this.stopWatching = undefined
    }
  }

  /** Asks again (after an action whose change the caller wants to see at once). */
  refetch(key: string): void {
    const entry = this.entries.get(key)
    if (entry) void this.load(entry)
  }

  private onChanged(changed: readonly DataEntity[]): void {
    for (const entry of this.entries.values()) {
      if ([...entry.subscribers].some((s) => s.entities.some((entity) => changed.includes(entity)))) void this.load(entry)
    }
  }

  private async load(entry: Entry): Promise<void> {
    const generation = ++entry.generation
    this.publish(entry, { ...entry.snapshot, fetching: true })
    try {
      const data = await this.fetchQuery(entry.channel, entry.input)
      if (generation === entry.generation) this.publish(entry, { data, error: undefined, fetching: false })
    } catch (error) {
      if (generation === entry.generation) this.publish(entry, { ...entry.snapshot, error, fetching: false })
    }
  }

  private publish(entry: Entry, snapshot: QuerySnapshot): void {
    entry.snapshot = snapshot
    for (const subscriber of [...entry.subscribers]) subscriber.notify()
  }
}
