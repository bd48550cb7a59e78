// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useEnumLabel } from '../../src-renderer/src/lib/use-enum-label'
import { ENUM_LABELS, type EnumName } from '../../src-shared/i18n/enum-labels'
import { LOCALES, type Locale } from '../../src-shared/i18n'
import { useFreshDatabase } from '../support/fresh-database'
import { renderKit } from './support/render-kit'

const ENUMS = Object.entries(ENUM_LABELS) as [EnumName, { values: readonly string[] }][]

/** Every value of every enum, each in a cell named `<enum>.<value>`, as the UI labels it. */
function AllEnumValues() {
  const label = useEnumLabel()
  return (
    <dl>
      {ENUMS.flatMap(([name, { values }]) =>
        values.map((value) => (
          <div key={`${name}.${value}`}>
            <dt>{`${name}.${value}`}</dt>
            <dd data-testid={`${name}.${value}`}>{label(name, value)}</dd>
          </div>
        )),
      )}
    </dl>
  )
}

/** Labels the same in both languages on purpose (a model's proper name). */
const SAME_IN_BOTH = new Set(['forecastModel.arima', 'importEncoding.utf8', 'importEncoding.utf16le', 'importEncoding.utf16be'])

/** Bookkeeping columns no screen shows (the audit log, an import's undo record, which list a saved view belongs to). */
const INTERNAL = new Set(['audit_log.action', 'import_changes.action', 'list_views.list', 'list_prefs.list'])

afterEach(cleanup)

describe('enum values shown to people', () => {
  const shown: Record<Locale, Map<string, string>> = { en: new Map(), 'zh-CN': new Map() }

  for (const locale of LOCALES)
    it(`render as words in ${locale}, never as the stored value or a catalog key`, async () => {
      await renderKit(<AllEnumValues />, locale)
      for (const [name, { values }] of ENUMS) {
        expect(values.length, name).toBeGreaterThan(0)
        for (const value of values) {
          const text = screen.getByTestId(`${name}.${value}`).textContent ?? ''
          expect(text.trim(), `${locale} ${name}.${value}`).not.toBe('')
          expect(text, `${locale} ${name}.${value} is shown raw`).not.toBe(value)
          expect(text, `${locale} ${name}.${value} is a missing catalog key`).not.toMatch(/^[a-z]+(\.[\w-]+){2,}$/i)
          shown[locale].set(`${name}.${value}`, text)
        }
      }
    })

  it('are really translated: Chinese labels differ from English ones and contain Chinese', () => {
    for (const [key, en] of shown.en) {
      if (SAME_IN_BOTH.has(key)) continue
      const zh = shown['zh-CN'].get(key) ?? ''
      expect(zh, key).not.toBe(en)
      expect(zh, key).toMatch(/\p{Script=Han}/u)
    }
  })

  it('shows a value the enum does not know as stored, not as a key', async () => {
    function Unknown() {
      return <p>{useEnumLabel()('orderStatus', 'on-hold')}</p>
    }
    await renderKit(<Unknown />, 'zh-CN')
    expect(screen.getByText('on-hold')).toBeTruthy()
  })
})

describe('the schema has no enum without labels', () => {
  const database = useFreshDatabase()

  it('every CHECK (… IN (…)) list of text values in the schema is one of the labelled enums', () => {
    const tables = database.current.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as {
      name: string
      sql: string
    }[]
    const lists = tables.flatMap(({ name, sql }) =>
      [...sql.matchAll(/(\w+) IN \(('[^)]*)\)/g)].map(([, column, list]) => ({
        column: `${name}.${column}`,
        values: [...list.matchAll(/'([^']*)'/g)].map(([, v]) => v).sort(),
      })),
    )
    expect(lists.length).toBeGreaterThan(10)
    const known = ENUMS.map(([, { values }]) => JSON.stringify([...values].sort()))
    for (const { column, values } of lists) {
      if (INTERNAL.has(column)) continue
      expect(known, `${column} IN (${values.join(', ')}) has no labels`).toContain(JSON.stringify(values))
    }
  })
})
