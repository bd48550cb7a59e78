import { readFileSync, existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, isAppUrl, secureWebPreferences } from '../../src-main/electron/security'

describe('window hardening', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.js')

  it('isolates and sandboxes the renderer with no Node integration', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/out/preload/index.js',
    })
  })

  it('has a CSP that allows nothing from any remote origin', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...sources] = d.trim().split(/\s+/)
        return [name, sources]
      }),
    )
    expect(directives['default-src']).toEqual(["'self'"])
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/)
  })

  it('the renderer page carries the same CSP as a meta tag (file:// loads get no headers)', () => {
    const html = readFileSync(resolve(__dirname, '../../src-renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    const headerOnly = "; frame-ancestors 'none'"
    expect(CONTENT_SECURITY_POLICY).toContain(headerOnly)
    expect(meta?.replace(/\s+/g, ' ').trim()).toBe(CONTENT_SECURITY_POLICY.replace(headerOnly, ''))
  })

  it('allows navigation only to the app itself, by exact origin', () => {
    const app = 'http://localhost:5173/'
    expect(isAppUrl('http://localhost:5173/#/customers', app)).toBe(true)
    expect(isAppUrl('http://localhost.evil.com:5173/', app)).toBe(false)
    expect(isAppUrl('http://localhost:5174/', app)).toBe(false)
    expect(isAppUrl('https://example.com/', app)).toBe(false)
    expect(isAppUrl('not a url', app)).toBe(false)
    const file = 'file:///opt/kehu/out/renderer/index.html'
    expect(isAppUrl('file:///opt/kehu/out/renderer/index.html#x', file)).toBe(true)
    expect(isAppUrl('file:///etc/passwd', file)).toBe(false)
  })
})

describe.skipIf(!existsSync(resolve(__dirname, '../../out/preload/index.js')))('built preload', () => {
  it('is dependency-free: it requires nothing but electron', () => {
    const code = readFileSync(resolve(__dirname, '../../out/preload/index.js'), 'utf8')
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])
    expect(required).toEqual(['electron'])
    expect(code).toContain('exposeInMainWorld')
  })
})
