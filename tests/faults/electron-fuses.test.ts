import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The packaged app's Electron fuses (issue 15 §4), read from electron-builder's config in
 * package.json — packaging itself cannot run here (it downloads Electron). A stolen or tampered
 * install must not become a general Node runtime: no ELECTRON_RUN_AS_NODE, no NODE_OPTIONS, no
 * --inspect; cookies are encrypted; the app code is only loaded from an ASAR whose integrity
 * Electron checks.
 */
const ROOT = resolve(__dirname, '../..')
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  build: { asar?: boolean; electronFuses?: Record<string, boolean> }
}
const schemePath = createRequire(resolve(ROOT, 'package.json')).resolve('app-builder-lib/scheme.json')
const scheme = JSON.parse(readFileSync(schemePath, 'utf8')) as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } }
}

describe('Electron fuses in electron-builder’s config', () => {
  const fuses = pkg.build.electronFuses

  it('turns off every way of running the binary as plain Node or attaching a debugger', () => {
    expect(fuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    })
  })

  it('encrypts cookies and loads the app only from an integrity-checked ASAR', () => {
    expect(fuses).toMatchObject({
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    })
    // Both ASAR fuses need the app packed as an ASAR (electron-builder's default).
    expect(pkg.build.asar).not.toBe(false)
  })

  it('names only options this electron-builder knows (a misspelt fuse would be no fuse)', () => {
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties)
    expect(known).toContain('runAsNode')
    for (const [name, value] of Object.entries(fuses ?? {})) {
      expect(known, name).toContain(name)
      expect(typeof value, name).toBe('boolean')
    }
  })
})
