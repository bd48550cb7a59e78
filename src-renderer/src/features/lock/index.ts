export { LockGate } from './lock-gate'
export { registerLockSettingsSection } from './lock-settings-section'
