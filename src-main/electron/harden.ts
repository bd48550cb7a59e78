import { app, session, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY, isAppUrl } from './security'

/**
 * App-wide hardening: every renderer sandboxed, no permissions, no new windows, no navigation
 * away from the app, no webviews, and no network request at all — the app is offline by
 * design, so anything but our own files (and the dev server in development) is cancelled.
 */
export function hardenApp(appUrl: () => string): void {
  app.enableSandbox()
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, appUrl))
  app.whenReady().then(() => {
    const ses = session.defaultSession
    ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
    ses.setPermissionCheckHandler(() => false)
    ses.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !isLocalRequest(details.url, appUrl()) })
    })
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
      })
    })
  })
}

function hardenContents(contents: WebContents, appUrl: () => string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl())) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl())) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

function isLocalRequest(url: string, appUrl: string): boolean {
  if (url.startsWith('devtools:') || url.startsWith('data:') || url.startsWith('blob:')) return true
  if (url.startsWith('file:')) return appUrl.startsWith('file:')
  try {
    const target = new URL(url)
    const app = new URL(appUrl)
    // In development the Vite dev server also talks over a WebSocket on the same host and port.
    const sameHost = target.host === app.host
    return target.origin === app.origin || (sameHost && (target.protocol === 'ws:' || target.protocol === 'wss:'))
  } catch {
    return false
  }
}
