// The feature's screens and section in one lazy chunk: one import site keeps the start script's share small.
export { SecurityScreen } from './security-screen'
export { SecuritySection } from './security-settings-section'
