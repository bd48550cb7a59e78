import { describe, expect, it } from 'vitest'
import { designTokens } from './support/design-tokens'

/** WCAG AA for the token pairs the CSS actually uses, in both themes. */
const colours = (theme: 'light' | 'dark'): Record<string, string> =>
  Object.fromEntries(
    Object.entries(designTokens(theme)).filter(([name, value]) => name.startsWith('color-') && /^#[0-9a-f]{6}$/i.test(value)),
  )

const light = colours('light')
const dark = colours('dark')

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
  ['color-success', 'color-success-soft'],
  ['color-warning', 'color-bg'],
  ['color-warning', 'color-warning-soft'],
]

/** Chart series are graphics: 3:1 against the page and the cards they sit on (WCAG 1.4.11). */
const CHART_COLOURS = ['color-chart-1', 'color-chart-2', 'color-chart-3', 'color-chart-4', 'color-chart-5', 'color-chart-6']

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme contrast', (_name, theme) => {
  it.each(TEXT_PAIRS)('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(theme[fg], fg).toBeDefined()
    expect(theme[bg], bg).toBeDefined()
    expect(ratio(theme[fg], theme[bg])).toBeGreaterThanOrEqual(4.5)
  })

  it.each(CHART_COLOURS)('%s stands out from the page and surfaces (3:1, non-text)', (colour) => {
    expect(theme[colour], colour).toBeDefined()
    expect(ratio(theme[colour], theme['color-bg'])).toBeGreaterThanOrEqual(3)
    expect(ratio(theme[colour], theme['color-surface'])).toBeGreaterThanOrEqual(3)
  })

  it('focus ring stands out from the background (3:1, non-text)', () => {
    expect(ratio(theme['color-focus'], theme['color-bg'])).toBeGreaterThanOrEqual(3)
    expect(ratio(theme['color-focus'], theme['color-surface'])).toBeGreaterThanOrEqual(3)
  })
})
