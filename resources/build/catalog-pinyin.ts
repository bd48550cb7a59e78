import { pinyin } from 'pinyin-pro'
import { resources } from '../../src-shared/i18n/resources'

/**
 * Pinyin search keys for the Chinese labels the command palette shows, computed when the
 * renderer is built (electron.vite.config.ts, and vitest.config.mts for the tests) and inlined
 * as `__KEHU_CATALOG_PINYIN__`, so `daoru` or `dr` finds 导入 with no pinyin library in the
 * window: pinyin-pro is 350 kB minified (148 kB gzipped), this table is about 1 kB.
 */
const SEARCHED: readonly (keyof (typeof resources)['zh-CN'])[] = ['nav', 'palette']
const EXTRA_KEYS = ['settings:general.language', 'common:themeDark', 'common:themeLight'] as const

/** i18next key (`nav:csv`) → [full pinyin, initials], lower case, no tones or spaces. */
export function catalogPinyin(): Record<string, [string, string]> {
  const catalog = resources['zh-CN']
  const table: Record<string, [string, string]> = {}
  const add = (key: string, text: unknown): void => {
    if (typeof text === 'string') table[key] = keysOf(text)
    else if (typeof text === 'object' && text !== null)
      for (const [k, v] of Object.entries(text)) add(`${key}${key.endsWith(':') ? '' : '.'}${k}`, v)
  }
  for (const ns of SEARCHED) add(`${ns}:`, catalog[ns])
  for (const key of EXTRA_KEYS) {
    const [ns, path] = key.split(':') as [keyof typeof catalog, string]
    add(
      key,
      path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog[ns]),
    )
  }
  return Object.fromEntries(Object.entries(table).filter(([, [full]]) => full !== ''))
}

/** Pinyin of the Han characters of `text` (placeholders and other characters dropped). */
function keysOf(text: string): [string, string] {
  const han = text.replace(/\{\{[^}]*\}\}/g, ' ')
  const syllables = pinyin(han, { type: 'all', toneType: 'none', nonZh: 'removed', v: true })
    .filter((part) => part.isZh)
    .map((part) => part.pinyin.toLowerCase())
  return [syllables.join(''), syllables.map((s) => s.charAt(0)).join('')]
}
