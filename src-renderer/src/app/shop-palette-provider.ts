import { LOCALES } from '../../../src-shared/i18n/locales'
import { labelPinyin } from '../lib/catalog-pinyin'
import { i18n } from '../lib/i18n'
import { switchShop } from '../lib/shop-switch'
import { matchesQuery, type PaletteProvider } from '../registries/palette'
import { useSettingsStore } from '../stores/settings'

type ShopActionKey = 'shop:firstRun.demo.action' | 'shop:banner.back'

const inAllLocales = (key: ShopActionKey): string[] => [
  ...LOCALES.map((lng) => String(i18n.t(key, { lng }))),
  ...labelPinyin(key),
]

/** "Open the demo shop" (or, in the demo, "Back to my shop") from the palette, in any language. */
export const shopPaletteProvider: PaletteProvider = {
  id: 'shell.shop',
  order: 30,
  async search(query) {
    const demo = useSettingsStore.getState().info?.shop === 'demo'
    const key: ShopActionKey = demo ? 'shop:banner.back' : 'shop:firstRun.demo.action'
    if (!matchesQuery(query, 'demo', '演示', 'practice', ...inAllLocales(key))) return []
    return [
      {
        id: 'action:switch-shop',
        title: i18n.t(key),
        group: i18n.t('palette:groupActions'),
        perform: () => switchShop(demo ? 'own' : 'demo').then(() => undefined),
      },
    ]
  },
}
