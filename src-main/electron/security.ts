import type { BrowserWindowConstructorOptions } from 'electron'

/**
 * The window's web preferences, kept in one pure function so a unit test can assert every
 * hardening setting without an Electron binary.
 */
export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // Middle-click would otherwise open links in a new window before our handler sees it.
    disableBlinkFeatures: 'Auxclick',
    devTools: !process.env.KEHU_PRODUCTION,
  }
}

/**
 * The Content-Security-Policy: nothing from any remote origin. index.html carries the same
 * policy as a meta tag (file:// loads get no headers) minus `frame-ancestors`, which browsers
 * honour only as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Whether a navigation target is the app itself. Compares parsed origins exactly — a substring
 * check (actualbudget's scar) lets `http://localhost.evil.com` through.
 */
export function isAppUrl(target: string, appUrl: string): boolean {
  let parsed: URL
  let app: URL
  try {
    parsed = new URL(target)
    app = new URL(appUrl)
  } catch {
    return false
  }
  if (app.protocol === 'file:') return parsed.protocol === 'file:' && parsed.pathname === app.pathname
  return parsed.origin === app.origin
}
