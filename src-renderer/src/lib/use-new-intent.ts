import { useEffect, useRef } from 'react'
import { selectRoute, useNavigationStore } from '../stores/navigation'

/**
 * "New …" from the palette arrives as a route intent (`{ page, intent: 'new' }`): the page opens
 * its creation form once, then the intent is cleared so Back or a re-render does not reopen it.
 */
export function useNewIntent(page: 'customers' | 'pipeline', open: () => void): void {
  const route = useNavigationStore(selectRoute)
  const replace = useNavigationStore((s) => s.replace)
  const intent = route.page === page ? route.intent : undefined
  const latestOpen = useRef(open)
  useEffect(() => {
    latestOpen.current = open
  })
  useEffect(() => {
    if (intent !== 'new') return
    latestOpen.current()
    replace({ page })
  }, [intent, replace, page])
}
