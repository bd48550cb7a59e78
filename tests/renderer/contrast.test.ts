import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/** WCAG AA for the token pairs the CSS actually uses, in both themes. */
const css = readFileSync(resolve(__dirname, '../../src-renderer/src/styles/tokens.css'), 'utf8')

function tokens(block: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [, name, value] of block.matchAll(/--(color-[\w-]+):\s*(#[0-9a-f]{6})/gi)) out[name] = value
  return out
}

const light = tokens(css.slice(0, css.indexOf(":root[data-theme='dark']")))
const dark = { ...light, ...tokens(css.slice(css.indexOf(":root[data-theme='dark']"))) }

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

const ratio = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

const TEXT_PAIRS: [fg: string, bg: string][] = [
  ['color-text', 'color-bg'],
  ['color-text', 'color-surface'],
  ['color-text', 'color-surface-2'],
  ['color-text', 'color-surface-raised'],
  ['color-text-muted', 'color-bg'],
  ['color-text-muted', 'color-surface'],
  ['color-text-muted', 'color-surface-2'],
  ['color-text-muted', 'color-surface-raised'],
  ['color-on-accent', 'color-accent'],
  ['color-on-accent', 'color-accent-hover'],
  ['color-on-accent-soft', 'color-accent-soft'],
  ['color-on-accent-soft', 'color-surface-raised'],
  ['color-danger', 'color-bg'],
  ['color-danger', 'color-danger-soft'],
  ['color-danger', 'color-surface-raised'],
  ['color-success', 'color-bg'],
]

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme contrast', (_name, theme) => {
  it.each(TEXT_PAIRS)('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(theme[fg], fg).toBeDefined()
    expect(theme[bg], bg).toBeDefined()
    expect(ratio(theme[fg], theme[bg])).toBeGreaterThanOrEqual(4.5)
  })

  it('focus ring stands out from the background (3:1, non-text)', () => {
    expect(ratio(theme['color-focus'], theme['color-bg'])).toBeGreaterThanOrEqual(3)
    expect(ratio(theme['color-focus'], theme['color-surface'])).toBeGreaterThanOrEqual(3)
  })
})
