import { z } from 'zod'
import { wellFormed } from '../schemas'
import { channel } from '../channel'
import { LOCALES, type Locale } from '../../i18n/locales'

import { THEMES, type IntegrityStatus, type ShopKind } from './app-types'

export { INTEGRITY_STATUSES, SHOPS, THEMES, type IntegrityStatus, type ShopKind } from './app-types'

export interface IntegrityState {
  status: IntegrityStatus
  /** SQLite's first finding, for a damaged file. */
  detail?: string
}

export interface AppInfo {
  version: string
  dataFile: string
  schemaVersion: number
  platform: 'electron' | 'web-harness' | 'cli'
  integrity: IntegrityState
  /** The file open now: the owner's shop or the demo shop (practice data, its own file). */
  shop: ShopKind
}

/** After a switch: the shop now served (the renderer reloads to read it). */
export interface ShopSwitched {
  shop: ShopKind
}

export interface Settings {
  locale: Locale
  theme: (typeof THEMES)[number]
  currency: string
}

export const settingsPatch = z
  .object({
    locale: z.enum(LOCALES),
    theme: z.enum(THEMES),
    currency: wellFormed(z.string()).regex(/^[A-Z]{3}$/),
  })
  .partial()
  .strict()

export const appChannels = {
  'app.info': channel<AppInfo>()(z.object({}).strict()),
  'settings.get': channel<Settings>()(z.object({}).strict()),
  'settings.set': channel<Settings>()(settingsPatch),
  /** Opens the demo shop (made on first open; `reset` remakes it). The owner's file is never touched. */
  'app.openDemoShop': channel<ShopSwitched>()(z.object({ reset: z.boolean().optional() }).strict()),
  'app.openOwnShop': channel<ShopSwitched>()(z.object({}).strict()),
}
