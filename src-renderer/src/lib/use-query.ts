import { useCallback, useState, useSyncExternalStore } from 'react'
import type { ChannelInput, ChannelName, ChannelOutput, DataEntity } from '../../../src-shared/ipc'
import { call, onEvent } from './ipc'
import { IDLE, QueryCache } from './query-cache'

/** The window's one cache, over the window's one `data.changed` subscription (lib/event-hub.ts). */
const queryCache = new QueryCache(
  (channel, input) => call(channel as ChannelName, input as never),
  (listener) => onEvent('data.changed', ({ entities }) => listener(entities)),
)

export interface QueryOptions {
  /** The tables whose changes can alter the answer: a `data.changed` naming one refetches. */
  entities: readonly DataEntity[]
}

export interface QueryState<T> {
  /** The answer; while a new input loads, the previous input's answer (no flash of empty). */
  data: T | undefined
  /** The failure of the current input's latest request, if any. */
  error: unknown
  /** No answer for the current input yet. */
  loading: boolean
  reload(): void
}

/**
 * Reads one channel and keeps it fresh: again when `input` changes (compared by value) and when
 * `data.changed` names one of `entities`. Components asking the same question share one request
 * (lib/query-cache.ts); an answer overtaken by a newer request is dropped. `input` null skips.
 */
export function useQuery<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C> | null,
  { entities }: QueryOptions,
): QueryState<ChannelOutput<C>> {
  const inputJson = input === null ? null : JSON.stringify(input)
  const key = input === null ? null : QueryCache.key(channel, input)
  const watched = entities.join(',')
  const subscribe = useCallback(
    (notify: () => void) =>
      inputJson === null
        ? () => {}
        : queryCache.subscribe(channel, JSON.parse(inputJson), watched ? (watched.split(',') as DataEntity[]) : [], notify),
    [channel, inputJson, watched],
  )
  const snapshot = useSyncExternalStore(subscribe, () => (key === null ? IDLE : queryCache.snapshot(key)))
  // The last answer this component saw, shown while the next input loads.
  const [previous, setPrevious] = useState<unknown>(undefined)
  if (snapshot.data !== undefined && snapshot.data !== previous) setPrevious(snapshot.data)
  const reload = useCallback(() => {
    if (key !== null) queryCache.refetch(key)
  }, [key])
  const data = key === null ? undefined : (snapshot.data ?? previous)
  return {
    data: data as ChannelOutput<C> | undefined,
    error: snapshot.error,
    loading: key !== null && snapshot.data === undefined && snapshot.error === undefined,
    reload,
  }
}
