import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isWholeScan, judge, readFindings, type AllowEntry } from '../../resources/scripts/electronegativity-gate.mjs'

/** The scanner's CSV for src-main as it stands (electronegativity 1.10.3, Electron 45), quoting as it quotes. */
const SCAN = `issue, severity, confidence, filename, location, sample, description, url
CSP_GLOBAL_CHECK,"LOW","TENTATIVE","electron/harden.ts","21:8",N/A,"Failed to parse CSP, it may not be valid.",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK
AUXCLICK_JS_CHECK,"MEDIUM","FIRM","index.ts","80:15","mainWindow = new BrowserWindow({","Limit navigation flows to untrusted origins.",https://github.com/doyensec/electronegativity/wiki/AUXCLICK_JS_CHECK
CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","index.ts","80:15","mainWindow = new BrowserWindow({","Review the use of the contextIsolation option",https://github.com/doyensec/electronegativity/wiki/CONTEXT_ISOLATION_JS_CHECK
`
const NODE_INTEGRATION = `NODE_INTEGRATION_JS_CHECK,"HIGH","FIRM","reports/print.ts","12:3","new BrowserWindow({","Disable nodeIntegration for untrusted origins",https://example.invalid\n`

const allowList = JSON.parse(
  readFileSync(resolve(__dirname, '../../resources/security/electronegativity-allow.json'), 'utf8'),
) as AllowEntry[]

describe('the electronegativity gate in CI', () => {
  it('reads the scanner’s CSV, quotes and padded header included', () => {
    const findings = readFindings(SCAN)
    expect(findings).toHaveLength(3)
    expect(findings[2]).toMatchObject({
      check: 'CONTEXT_ISOLATION_JS_CHECK',
      severity: 'HIGH',
      file: 'index.ts',
      location: '80:15',
    })
  })

  it('tells a whole scan from one the scanner cut (its header written over its first rows, or over all of them)', () => {
    expect(isWholeScan(SCAN)).toBe(true)
    expect(isWholeScan(SCAN.replace(/\r?\n/g, '\r\n'))).toBe(true)
    // What CI read once: the header's 74 bytes (with its newline) landed on the first row's.
    const overwritten = SCAN.split('\n')[0] + '\n' + SCAN.split('\n').slice(1).join('\n').slice(74)
    expect(overwritten.split('\n')[1]).toMatch(/^ to parse CSP, it may not be valid\."/)
    expect(isWholeScan(overwritten)).toBe(false)
    expect(isWholeScan(SCAN.split('\n')[0] + '\n')).toBe(false)
    expect(isWholeScan('')).toBe(false)
  })

  it('passes today’s scan: its one HIGH is explained, with a reason, by the repository’s allow-list', () => {
    const verdict = judge(readFindings(SCAN), allowList)
    expect(verdict.unexplained).toEqual([])
    expect(verdict.problems).toEqual([])
    expect(verdict.allowed.map((f) => f.check)).toEqual(['CONTEXT_ISOLATION_JS_CHECK'])
    for (const entry of allowList) expect(entry.reason.length, entry.check).toBeGreaterThan(40)
  })

  it('fails on any other HIGH finding, and on the same check in another file', () => {
    const other = judge(readFindings(SCAN + NODE_INTEGRATION), allowList)
    expect(other.unexplained.map((f) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK'])
    const moved = judge(readFindings(SCAN.replace('"HIGH","FIRM","index.ts"', '"HIGH","FIRM","electron/window.ts"')), allowList)
    expect(moved.unexplained.map((f) => f.file)).toEqual(['electron/window.ts'])
  })

  it('fails on an allow-list entry without a reason, or one that no longer matches anything', () => {
    const noReason = judge(readFindings(SCAN), [{ check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'index.ts', reason: ' ' }])
    expect(noReason.unexplained).toHaveLength(1)
    expect(noReason.problems.join()).toMatch(/gives no reason/)
    const stale = judge(readFindings(SCAN.split('\n').slice(0, 3).join('\n')), allowList)
    expect(stale.problems.join()).toMatch(/matches no finding/)
  })
})
