import { create } from 'zustand'
import { createSettingsActions, type SettingsStore } from './action'
import { initialSettingsState } from './initial-state'
import { devtoolsEnabled, withDevtools } from '../devtools'

/** User settings (language, theme, currency) and app info, mirrored from the main process. */
export const useSettingsStore = create<SettingsStore>()(
  withDevtools((...a) => ({ ...initialSettingsState(), ...createSettingsActions(...a) }), {
    name: 'settings',
    enabled: devtoolsEnabled(),
  }),
)

export type { SettingsStore, SettingsActions } from './action'
export * from './initial-state'
export * from './selectors'
