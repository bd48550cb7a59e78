import { LOCALES } from '../../../../../src-shared/i18n/locales'
import { i18n } from '../../../lib/i18n'
import { matchesQuery, type PaletteProvider } from '../../../registries/palette'
import { useNavigationStore } from '../../../stores/navigation'

/** Ctrl/Cmd+K → "New deal": opens the Pipeline page with its deal form. */
export const pipelinePaletteProvider: PaletteProvider = {
  id: 'pipeline.actions',
  order: 21,
  async search(query) {
    const title = i18n.t('pipeline:palette.newDeal')
    const everyLocale = LOCALES.map((lng) => String(i18n.t('pipeline:palette.newDeal', { lng })))
    if (!matchesQuery(query, ...everyLocale, 'add deal', 'create')) return []
    return [
      {
        id: 'action:new-deal',
        title,
        group: i18n.t('pipeline:palette.group'),
        shortcut: 'N',
        perform: () => useNavigationStore.getState().navigate({ page: 'pipeline', intent: 'new' }),
      },
    ]
  },
}
