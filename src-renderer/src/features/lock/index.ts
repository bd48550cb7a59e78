export { LockGate } from './lock-gate'
export { registerLockSettingsSection } from './register-lock-settings'
