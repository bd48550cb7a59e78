import type { StateCreator } from 'zustand'
import { call } from '../../lib/ipc'
import type { Settings, SettingsState } from './initial-state'

export interface SettingsActions {
  /** Reads settings and app info from the main process. Rejects if settings cannot be read. */
  load(): Promise<void>
  /**
   * Applies a change at once (optimistic) and persists it; on failure restores the previous
   * value and rethrows, so the calling component can tell the user (toasts stay in components).
   */
  update(patch: Partial<Settings>): Promise<void>
}

export type SettingsStore = SettingsState & SettingsActions

export const createSettingsActions: StateCreator<SettingsStore, [['zustand/devtools', never]], [], SettingsActions> = (
  set,
  get,
) => ({
  load: async () => {
    const [settings, info] = await Promise.allSettled([call('settings.get', {}), call('app.info', {})])
    if (info.status === 'fulfilled') set({ info: info.value }, false, 'settings/loadInfo')
    if (settings.status === 'rejected') throw settings.reason
    set({ settings: settings.value, loaded: true }, false, 'settings/load')
  },
  update: async (patch) => {
    const previous = get().settings
    set({ settings: { ...previous, ...patch } }, false, 'settings/update')
    try {
      const saved = await call('settings.set', patch)
      set({ settings: saved }, false, 'settings/saved')
    } catch (error) {
      set({ settings: previous }, false, 'settings/rollback')
      throw error
    }
  },
})
