import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** The real tokens.css, read as the app ships it. */
const css = readFileSync(resolve(__dirname, '../../../src-renderer/src/styles/tokens.css'), 'utf8')
const darkStart = css.indexOf(":root[data-theme='dark']")

function parse(block: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [, name, value] of block.matchAll(/--([\w-]+):\s*([^;]+);/g)) out[name] = value.trim()
  return out
}

const light = parse(css.slice(0, darkStart))
const dark = { ...light, ...parse(css.slice(darkStart)) }

/** Every token of a theme, by name without the leading `--` (dark inherits what it does not set). */
export const designTokens = (theme: 'light' | 'dark'): Readonly<Record<string, string>> => (theme === 'dark' ? dark : light)

/**
 * Puts a theme's tokens on `<html>` as inline custom properties and switches `data-theme`, as the
 * app's stylesheet and lib/theme.ts do in a browser: happy-dom does not cascade stylesheet
 * custom properties into getComputedStyle, but it does report inline ones.
 */
export function applyDesignTokens(theme: 'light' | 'dark'): void {
  const root = document.documentElement
  for (const [name, value] of Object.entries(designTokens(theme))) root.style.setProperty(`--${name}`, value)
  root.dataset.theme = theme
}
