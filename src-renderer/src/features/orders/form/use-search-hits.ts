import type { ChannelInput, DataEntity } from '../../../../../src-shared/ipc'
import { useDebouncedValue } from '../../../lib/use-debounced-value'
import { useQuery } from '../../../lib/use-query'

/** Short enough to feel instant, long enough to skip the keystrokes of a word being typed. */
const DEBOUNCE_MS = 80
const LIMIT = 8

/**
 * Search hits for what is typed in a combobox, and whether they answer the text as it is now:
 * until they do the list stays empty, so Enter never picks a match for an older text.
 */
export function useSearchHits<C extends 'customers.search' | 'products.search'>(
  channel: C,
  text: string,
  entities: readonly DataEntity[],
) {
  const query = text.trim().slice(0, 100)
  const settled = useDebouncedValue(query, DEBOUNCE_MS)
  const answer = useQuery(channel, settled === '' ? null : ({ query: settled, limit: LIMIT } as ChannelInput<C>), { entities })
  const current = query !== '' && settled === query && !answer.loading && answer.data !== undefined
  return { hits: current ? answer.data! : [], current }
}
