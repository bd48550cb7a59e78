import { describe, expect, it } from 'vitest'
import { resources } from '../../src-shared/i18n'

/** Each zh-CN file is typed against its English twin; this catches a namespace registered for one language only. */
function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix]
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('string catalogs', () => {
  it('register the same namespaces and keys in every language', () => {
    expect(Object.keys(resources['zh-CN']).sort()).toEqual(Object.keys(resources.en).sort())
    expect(keys(resources['zh-CN']).sort()).toEqual(keys(resources.en).sort())
  })

  it('the shell namespaces have no empty strings', () => {
    for (const ns of ['common', 'nav', 'settings', 'palette', 'empty'] as const) {
      for (const lng of ['en', 'zh-CN'] as const) {
        const flat = keys(resources[lng][ns])
        expect(flat.length).toBeGreaterThan(0)
        for (const key of flat) {
          const value = key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], resources[lng][ns])
          expect(typeof value === 'string' && value.trim().length > 0, `${lng} ${ns}.${key}`).toBe(true)
        }
      }
    }
  })

  it('name a customer field the same in the customer pages and the import wizard (电话, not 手机)', () => {
    for (const lng of ['en', 'zh-CN'] as const) {
      const pages: Record<string, string> = resources[lng].customers.fields
      const wizard: Record<string, string> = resources[lng].csv.import.fields
      const shared = Object.keys(pages).filter((key) => key in wizard)
      expect(shared.length).toBeGreaterThan(8)
      for (const key of shared) expect(wizard[key], `${lng} ${key}`).toBe(pages[key])
    }
    expect(resources['zh-CN'].csv.import.fields['customer.phone']).toBe('客户电话')
  })
})
