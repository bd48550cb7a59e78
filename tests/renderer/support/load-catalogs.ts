import { loadLocale } from '../../../src-renderer/src/lib/i18n'

// The app loads its UI language before the first render (src-renderer/src/main.tsx); component
// tests switch languages freely, so both catalogs are loaded before each file's tests.
await Promise.all([loadLocale('en'), loadLocale('zh-CN')])
