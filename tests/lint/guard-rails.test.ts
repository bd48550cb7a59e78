import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The project's own eslint.config.mjs, run through ESLint's Node API on code placed (virtually)
// inside tests/lint/fixtures/, whose folders mirror the real tree. `ignore: false` lets us lint
// the folder that `npm run lint` skips; the imported files exist there so imports resolve.
const root = fileURLToPath(new URL('../..', import.meta.url))
const fixtures = join(root, 'tests/lint/fixtures')
const eslint = new ESLint({ cwd: root, ignore: false })

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(fixtures, path) })
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

const lines = (count: number): string => Array.from({ length: count }, (_, i) => `export const line${i} = ${i}`).join('\n') + '\n'

describe('npm run lint guard rails', () => {
  it('reports a feature importing another feature', async () => {
    const found = await problems(
      'src-renderer/src/features/alpha/alpha-page.ts',
      "import { betaPanel } from '../beta/beta-panel'\nexport const page = betaPanel\n",
    )
    expect(found).toEqual([expect.stringMatching(/^boundaries\/dependencies: A feature imports no other feature/)])
  })

  it('reports a cross-feature type import, re-export and lazy import too', async () => {
    const found = await problems(
      'src-renderer/src/features/alpha/alpha-index.ts',
      [
        "import type { BetaPanel } from '../beta/beta-panel'",
        "export { betaPanel } from '../beta/beta-panel'",
        "export const lazy = (): Promise<BetaPanel> => import('../beta/beta-panel').then((m) => m.betaPanel)",
      ].join('\n'),
    )
    expect(found).toHaveLength(3)
    expect(found.every((p) => p.startsWith('boundaries/dependencies: A feature imports no other feature'))).toBe(true)
  })

  it('reports a main-process domain importing the composition root, also for a domain the config does not name', async () => {
    const found = await problems(
      'src-main/billing/invoice.ts',
      "import { compose } from '../app/compose'\nexport const invoice = compose\n",
    )
    expect(found).toEqual([expect.stringMatching(/^boundaries\/dependencies: A domain imports neither the composition root/)])
  })

  it('reports a domain importing the entry file src-main/index.ts', async () => {
    const found = await problems('src-main/billing/uses-entry.ts', "import { entry } from '../index'\nexport const e = entry\n")
    expect(found).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: A domain .* \(imports tests\/lint\/fixtures\/src-main\/index\.ts\)$/),
    ])
  })

  it('reports a kernel file importing a domain', async () => {
    const found = await problems(
      'src-main/db/uses-billing.ts',
      "import { writeInvoice } from '../billing/write'\nexport const check = writeInvoice\n",
    )
    expect(found).toEqual([expect.stringMatching(/^boundaries\/dependencies: The kernel .* imports no domain/)])
  })

  it('reports src-shared importing src-main and the renderer importing src-main', async () => {
    const fromShared = await problems(
      'src-shared/ipc/uses-main.ts',
      "import { prepared } from '../../src-main/db/sql'\nexport const p = prepared\n",
    )
    const fromRenderer = await problems(
      'src-renderer/src/components/uses-main.ts',
      "import { prepared } from '../../../src-main/db/sql'\nexport const p = prepared\n",
    )
    expect(fromShared).toEqual([expect.stringMatching(/^boundaries\/dependencies: src-shared is the contract/)])
    expect(fromRenderer).toEqual([expect.stringMatching(/^boundaries\/dependencies: The renderer imports nothing from src-main/)])
  })

  it('reports a file name that is not kebab-case, and accepts suffixes like .worker.ts and .test.ts', async () => {
    expect(await problems('src-main/billing/InvoiceWriter.ts', 'export const a = 1\n')).toEqual([
      'check-file/filename-naming-convention: The filename "InvoiceWriter.ts" does not match the "KEBAB_CASE" pattern',
    ])
    expect(await problems('src-main/billing/invoice-totals.worker.ts', 'export const a = 1\n')).toEqual([])
    expect(await problems('src-renderer/src/features/alpha/alpha-page.test.tsx', 'export const a = 1\n')).toEqual([])
  })

  it('checks the names of files ESLint does not parse, such as style sheets', async () => {
    expect(await problems('src-renderer/src/styles/DataGrid.css', '.grid { display: grid }\n')).toEqual([
      'check-file/filename-naming-convention: The filename "DataGrid.css" does not match the "KEBAB_CASE" pattern',
    ])
    expect(await problems('src-renderer/src/styles/data-grid.css', '.grid { display: grid }\n')).toEqual([])
  })

  it('keeps the database and Electron out of analytics/', async () => {
    const found = await problems(
      'src-main/analytics/uses-sqlite.ts',
      "import Database from 'better-sqlite3'\nexport const open = Database\n",
    )
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: 'better-sqlite3' import is restricted.*pure math/)])
  })

  it('fails a file of 301 lines and passes one of 300', async () => {
    expect(await problems('src-main/billing/long-file.ts', lines(301))).toEqual([
      'max-lines: File has too many lines (301). Maximum allowed is 300.',
    ])
    expect(await problems('src-main/billing/long-file.ts', lines(300))).toEqual([])
  })

  it('accepts legal imports: own feature, the UI kit, and a domain using the kernel', async () => {
    const feature = await problems(
      'src-renderer/src/features/alpha/alpha-page.ts',
      "import { alphaState } from './alpha-state'\nimport { button } from '../../components/button'\nexport const page = [alphaState, button]\n",
    )
    const domain = await problems(
      'src-main/billing/invoice.ts',
      "import { prepared } from '../db/sql'\nexport const invoice = prepared\n",
    )
    expect(feature).toEqual([])
    expect(domain).toEqual([])
  })
})
