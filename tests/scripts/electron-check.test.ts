import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkElectron, electronBinary, olderThan } from '../../resources/scripts/electron-check.mjs'
import { makeTempDir } from '../support/temp-dir'
import pkg from '../../package.json'

/** A fake node_modules/electron: its package.json, and the program only when `installed`. */
function fakeElectronDir(dir: string, installed: boolean): string {
  const electronDir = join(dir, 'electron')
  mkdirSync(electronDir, { recursive: true })
  writeFileSync(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0' }))
  if (installed) install(electronDir)
  return electronDir
}

function install(electronDir: string): void {
  mkdirSync(join(electronDir, 'dist'), { recursive: true })
  writeFileSync(join(electronDir, 'dist', 'electron'), '')
  writeFileSync(join(electronDir, 'path.txt'), 'electron')
}

const OFFLINE_TRACE = 'TypeError: fetch failed\n    at node:internal/deps/undici:13502:13\n    at async FetchDownloader.download'

describe('the Electron check before npm start / dev / dist', () => {
  let temp: ReturnType<typeof makeTempDir>
  beforeEach(() => (temp = makeTempDir('kehu-electron-check-')))
  afterEach(() => temp.cleanup())

  it('passes without a download when the program is there', () => {
    const electronDir = fakeElectronDir(temp.dir, true)
    let downloads = 0
    const result = checkElectron({
      electronDir,
      nodeVersion: 'v22.12.0',
      download: () => (downloads++, { ok: true, output: '' }),
    })
    expect(result).toEqual({ ok: true, binary: join(electronDir, 'dist', 'electron'), downloaded: false })
    expect(downloads).toBe(0)
  })

  it('tries the one download when the program is missing, and passes once it arrived', () => {
    const electronDir = fakeElectronDir(temp.dir, false)
    expect(electronBinary(electronDir)).toBeNull()
    const result = checkElectron({
      electronDir,
      nodeVersion: 'v22.12.0',
      download: () => (install(electronDir), { ok: true, output: '' }),
    })
    expect(result).toMatchObject({ ok: true, downloaded: true })
  })

  it('offline: one paragraph saying what is missing, that it needs one download and what to do — no stack trace', () => {
    const electronDir = fakeElectronDir(temp.dir, false)
    const result = checkElectron({ electronDir, nodeVersion: 'v20.20.2', download: () => ({ ok: false, output: OFFLINE_TRACE }) })
    expect(result.ok).toBe(false)
    const message = result.ok ? '' : result.message
    expect(message).not.toContain('\n')
    expect(message).not.toMatch(/\bat (async |node:)/)
    expect(message).toContain(`Electron 45.5.0 program`)
    expect(message).toContain(join(electronDir, 'dist'))
    expect(message).toContain('one download')
    expect(message).toContain('(TypeError: fetch failed)')
    expect(message).toContain('`npm run dev:web`')
    expect(message).toContain('offline')
    // On Node 20 it also says that Electron's downloader declares a newer Node.
    expect(message).toContain('Node 22.12.0 or newer (this is Node 20.20.2)')
  })

  it('does not blame the Node version on a Node the downloader accepts', () => {
    const electronDir = fakeElectronDir(temp.dir, false)
    const result = checkElectron({
      electronDir,
      nodeVersion: 'v24.1.0',
      download: () => ({ ok: false, output: 'Error: getaddrinfo ENOTFOUND github.com' }),
    })
    expect(result.ok ? '' : result.message).not.toContain('newer Node')
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH as Electron itself does', () => {
    const electronDir = fakeElectronDir(temp.dir, false)
    writeFileSync(join(electronDir, 'path.txt'), 'electron')
    const elsewhere = join(temp.dir, 'elsewhere')
    mkdirSync(elsewhere)
    writeFileSync(join(elsewhere, 'electron'), '')
    expect(electronBinary(electronDir, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere })).toBe(join(elsewhere, 'electron'))
  })

  it('compares Node versions numerically', () => {
    expect(olderThan('v20.20.2', '22.12.0')).toBe(true)
    expect(olderThan('v22.9.0', '22.12.0')).toBe(true)
    expect(olderThan('v22.12.0', '22.12.0')).toBe(false)
    expect(olderThan('v24.0.0', '22.12.0')).toBe(false)
  })
})

describe('package.json', () => {
  it('runs the check first in every script that needs the Electron program', () => {
    for (const script of ['start', 'dev', 'dist'] as const)
      expect(pkg.scripts[script].startsWith('node resources/scripts/electron-check.mjs && ')).toBe(true)
  })

  it('states the Node versions the toolchain supports (vite 8 / rolldown: ^20.19 or ≥ 22.12)', () => {
    expect(pkg.engines.node).toBe('^20.19.0 || >=22.12.0')
  })
})
