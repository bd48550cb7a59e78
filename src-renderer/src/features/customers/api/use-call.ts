import { useCallback, useEffect, useState } from 'react'
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../../../src-shared/ipc'
import { call } from '../../../lib/ipc'
import { useDataChanged } from '../hooks/use-data-changed'

export interface CallState<T> {
  data: T | undefined
  error: unknown
  reload(): void
}

/**
 * Reads one channel and keeps it fresh: again when `input` changes (compared by value) and
 * when customer data changes. An answer to an older input is dropped. `input` null skips.
 */
export function useCall<C extends ChannelName>(channel: C, input: ChannelInput<C> | null): CallState<ChannelOutput<C>> {
  const key = input === null ? null : JSON.stringify(input)
  const [state, setState] = useState<{ key: string | null; data?: ChannelOutput<C>; error?: unknown }>({ key: null })
  const [tick, setTick] = useState(0)
  const reload = useCallback(() => setTick((n) => n + 1), [])

  useEffect(() => {
    if (key === null) return
    let current = true
    call(channel, JSON.parse(key) as ChannelInput<C>).then(
      (data) => current && setState({ key, data }),
      (error: unknown) => current && setState((s) => ({ ...s, key, error })),
    )
    return () => {
      current = false
    }
  }, [channel, key, tick])
  useDataChanged(reload)

  // Data for another input is still shown while the new answer loads (no flash of empty).
  return { data: state.data, error: state.key === key ? state.error : undefined, reload }
}
