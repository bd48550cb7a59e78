// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { AuditChange } from '../../../src-renderer/src/features/audit/audit-change'
import { ENUM_FIELDS, TICKET_EVENT_FIELDS } from '../../../src-renderer/src/features/audit/audit-enums'
import { i18n } from '../../../src-renderer/src/lib/i18n'
import { ENUM_LABELS } from '../../../src-shared/i18n/enum-labels'
import { LOCALES } from '../../../src-shared/i18n'
import type { AuditRow } from '../../../src-shared/ipc/channels/audit'

afterEach(cleanup)

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
const CATALOG_KEY = /^[a-z-]+(\.[\w-]+)+$/i

/** The lines one audit row shows, in `locale`. */
async function linesOf(row: Partial<AuditRow>, locale: (typeof LOCALES)[number]): Promise<string[]> {
  await i18n.changeLanguage(locale)
  const full: AuditRow = {
    id: 1,
    at: '2026-01-01T00:00:00.000Z',
    entity: '',
    entityId: 1,
    action: 'update',
    before: null,
    after: null,
    ...row,
  }
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <AuditChange row={full} />
    </I18nextProvider>,
  )
  const lines = [...container.querySelectorAll('li')].map((li) => li.textContent ?? '')
  cleanup()
  return lines
}

/** "Label: before → after" split into its label and shown values. */
function parts(line: string): string[] {
  const [label, values = ''] = line.split(/: (.*)/s)
  return [label, ...values.split(' → ')]
}

function expectWords(text: string, raw: string, locale: string, what: string): void {
  expect(text.trim(), what).not.toBe('')
  expect(text, `${what} is shown raw`).not.toBe(raw)
  expect(text, `${what} is a catalog key`).not.toMatch(CATALOG_KEY)
  if (locale === 'zh-CN') expect(text, `${what} is not Chinese`).toMatch(/\p{Script=Han}/u)
}

describe('the audit page shows enum fields as words', () => {
  for (const locale of LOCALES)
    it(`in ${locale}: every value of every enum field, before → after, camelCase and snake_case`, async () => {
      let checked = 0
      for (const [entity, fields] of Object.entries(ENUM_FIELDS))
        for (const [field, name] of Object.entries(fields)) {
          const values = ENUM_LABELS[name].values as readonly string[]
          for (const [index, value] of values.entries()) {
            const previous = values[(index + 1) % values.length]
            const key = index % 2 === 0 ? field : snake(field)
            const lines = await linesOf({ entity, before: { [key]: previous }, after: { [key]: value } }, locale)
            const what = `${locale} ${entity}.${key} = ${value}`
            expect(lines, what).toHaveLength(1)
            const [label, before, after] = parts(lines[0])
            expect(after, what).toBeDefined()
            expectWords(label, key, locale, `${what}: the field's name`)
            expectWords(before, previous, locale, `${what}: before`)
            expectWords(after, value, locale, `${what}: after`)
            checked++
          }
        }
      expect(checked).toBeGreaterThan(60)
    })

  for (const locale of LOCALES)
    it(`in ${locale}: a ticket's logged events (what happened, the status, the channel)`, async () => {
      const events = [
        { kind: 'received', channel: 'wechat', body: 'Hello', at: '2026-01-01T00:00:00.000Z' },
        { kind: 'status', status: 'resolved', at: '2026-01-01T00:00:00.000Z' },
      ]
      const lines = await linesOf({ entity: 'ticket', after: { events } }, locale)
      expect(lines).toHaveLength(4)
      const raw = ['received', 'wechat', 'status', 'resolved']
      lines.forEach((line, i) => {
        const [label, shown] = parts(line)
        expectWords(label, 'kind', locale, `${locale} ${line}: the field's name`)
        expectWords(shown, raw[i], locale, `${locale} ${line}`)
      })
      expect(Object.keys(TICKET_EVENT_FIELDS)).toEqual(['kind', 'status', 'channel'])
    })

  it('leaves free text alone: a customer source or an order channel is shown as typed', async () => {
    const lines = await linesOf({ entity: 'customer', before: null, after: { source: 'open', channel: 'wechat' } }, 'en')
    expect(lines).toEqual(['Source: open', 'Channel: wechat'])
  })
})

describe('the audit page says stored flags and names in words', () => {
  it('shows 0/1 flags as yes/no and a product’s name as 名称, a customer’s as 姓名', async () => {
    const customer = await linesOf({ entity: 'customer', before: null, after: { name: '陈大文', do_not_contact: 0 } }, 'zh-CN')
    expect(customer).toEqual(['姓名: 陈大文', '勿扰: 否'])
    const product = await linesOf({ entity: 'product', before: null, after: { name: '咖啡豆', active: 1 } }, 'zh-CN')
    expect(product).toEqual(['名称: 咖啡豆', '在售: 是'])
  })
})

describe('the audit page shows what a change changed', () => {
  it('a settings patch: only the keys it set, not the rest of the settings logged before', async () => {
    const lines = await linesOf(
      { entity: 'settings', before: { locale: 'en', theme: 'light', currency: 'CNY' }, after: { theme: 'dark' } },
      'en',
    )
    expect(lines).toEqual(['Theme: Light → Dark'])
  })

  it('a language change names the languages, not their codes', async () => {
    const change = { entity: 'settings', before: { locale: 'zh-CN', theme: 'light' }, after: { locale: 'en' } }
    expect(await linesOf(change, 'en')).toEqual(['Language: Chinese (Simplified) → English'])
    expect(await linesOf(change, 'zh-CN')).toEqual(['语言: 简体中文 → 英语'])
  })

  it('an erasure counts the orders kept in words that agree with the number', async () => {
    const row = (orders: number) => ({ entity: 'customer', before: null, after: { erased: true, orders } })
    expect((await linesOf(row(1), 'en'))[0]).toContain('; 1 order kept')
    expect((await linesOf(row(3), 'en'))[0]).toContain('; 3 orders kept')
    expect((await linesOf(row(3), 'zh-CN'))[0]).toContain('保留 3 笔订单')
  })
})
