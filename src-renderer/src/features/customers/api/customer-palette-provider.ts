import { i18n } from '../../../lib/i18n'
import { call } from '../../../lib/ipc'
import type { PaletteProvider } from '../../../registries/palette'
import { useNavigationStore } from '../../../stores/navigation'

/** Ctrl/Cmd+K finds customers by name, pinyin, phone or email and opens their page. */
export const customerPaletteProvider: PaletteProvider = {
  id: 'customers.search',
  order: 5,
  async search(query, signal) {
    const text = query.trim()
    if (!text) return []
    const hits = await call('customers.search', { query: text.slice(0, 100), limit: 8 })
    if (signal.aborted) return []
    const group = i18n.t('nav:customers')
    return hits.map((hit) => ({
      id: `customer:${hit.id}`,
      title: hit.name,
      subtitle: [hit.phone, hit.city].filter(Boolean).join(' · ') || undefined,
      group,
      perform: () => useNavigationStore.getState().navigate({ page: 'customer', id: String(hit.id) }),
    }))
  },
}
