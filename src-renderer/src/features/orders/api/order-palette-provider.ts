import { i18n } from '../../../lib/i18n'
import { call } from '../../../lib/ipc'
import { formatMoney } from '../../../lib/format'
import { resolveLocale } from '../../../../../src-shared/i18n/locales'
import { matchesQuery, type PaletteProvider } from '../../../registries/palette'
import { useNavigationStore } from '../../../stores/navigation'
import { selectCurrency, useSettingsStore } from '../../../stores/settings'

/** Ctrl/Cmd+K: "New order" (in either language), and orders found by the start of their number. */
export const orderPaletteProvider: PaletteProvider = {
  id: 'orders.search',
  order: 6,
  async search(query, signal) {
    const text = query.trim()
    // Nothing on the empty palette: it opens on the pages list.
    if (!text) return []
    const group = i18n.t('orders:ui.palette.group')
    const names = ['en', 'zh-CN'].flatMap((lng) => [
      i18n.t('orders:ui.palette.newOrder', { lng }),
      i18n.t('orders:ui.palette.keywords', { lng }),
    ])
    const action = matchesQuery(text, ...names)
      ? [
          {
            id: 'action:new-order',
            title: i18n.t('orders:ui.palette.newOrder'),
            group: i18n.t('palette:groupActions'),
            perform: () => useNavigationStore.getState().navigate({ page: 'orders', intent: 'new' }),
          },
        ]
      : []
    if (!/\d/.test(text)) return action
    const hits = await call('orders.search', { query: text.slice(0, 64), limit: 6 })
    if (signal.aborted) return []
    const locale = resolveLocale(i18n.language)
    const currency = selectCurrency(useSettingsStore.getState())
    return [
      ...action,
      ...hits.map((order) => ({
        id: `order:${order.id}`,
        title: order.number,
        subtitle: [order.customerName, formatMoney(order.total, locale, currency)].filter(Boolean).join(' · '),
        group,
        perform: () => useNavigationStore.getState().navigate({ page: 'order', id: String(order.id) }),
      })),
    ]
  },
}
