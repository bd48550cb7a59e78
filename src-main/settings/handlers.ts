import type { DomainHandlers } from '../ipc/handler'
import { readSettings, writeSettings } from './settings-store'

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings.get': (_input, ctx) => readSettings(ctx.db, ctx.osLocale),
  'settings.set': (patch, ctx) => {
    const settings = writeSettings(ctx.db, patch, ctx.osLocale)
    ctx.emit('data.changed', { entities: ['settings'] })
    return settings
  },
}
