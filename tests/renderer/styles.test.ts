import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Features style with the design tokens only (styles/tokens.css): no raw pixel sizes and no
 * colour literals, so spacing stays on the 8-px grid and both themes cover every colour.
 * Media-query breakpoints are the exception (custom properties cannot be used there).
 */
const root = resolve(__dirname, '../../src-renderer/src')
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  )

const featureFiles = files(join(root, 'features'))
const offences = (pattern: RegExp, extensions: RegExp): string[] =>
  featureFiles
    .filter((file) => extensions.test(file))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, where: `${relative(root, file)}:${i + 1}` }))
        .filter(({ line }) => !line.trimStart().startsWith('@media') && pattern.test(line))
        .map(({ line, where }) => `${where}: ${line.trim()}`),
    )

describe('feature styles use tokens only', () => {
  it('no raw px in feature CSS or in style values written in feature code', () => {
    expect(offences(/\d+(\.\d+)?px\b/, /\.(css|tsx?)$/)).toEqual([])
  })

  it('no colour literals in feature CSS', () => {
    expect(offences(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/i, /\.css$/)).toEqual([])
  })

  it('every var(--token) a feature uses is defined in styles/', () => {
    const defined = new Set(
      files(join(root, 'styles'))
        .map((file) => readFileSync(file, 'utf8'))
        .flatMap((css) => [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])),
    )
    const used = featureFiles
      .filter((file) => /\.(css|tsx?)$/.test(file))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/var\((--[\w-]+)/g)].map((m) => `${relative(root, file)}: ${m[1]}`),
      )
    expect(used.filter((use) => !defined.has(use.split(': ')[1]))).toEqual([])
  })
})
