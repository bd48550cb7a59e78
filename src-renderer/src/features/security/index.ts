export { SecurityGate } from './security-gate'
export { registerSecuritySettingsSection } from './register-security-settings'
