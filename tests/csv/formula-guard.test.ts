import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { guardCell, unguardCell } from '../../src-main/csv/formula-guard'

const DANGEROUS_START = /^[ \u00A0]*[=+\-@\t\r\n]/

describe('formula-injection guard', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 138', "'+86 138"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=x', "'\t=x"],
    ['  =HYPERLINK("x")', '\'  =HYPERLINK("x")'],
    ['\u00A0=1', "'\u00A0=1"],
    ['ok\n=cmd|calc', "ok\n'=cmd|calc"],
    ['ok\r\n @x', "ok\r\n' @x"],
    ["'=1", "''=1"],
    ['张三', '张三'],
    ['a-b=c', 'a-b=c'],
  ])('%j → %j', (input, guarded) => {
    expect(guardCell(input)).toBe(guarded)
    expect(unguardCell(guarded)).toBe(input)
  })

  it('is exactly reversible and leaves no line starting dangerously', () => {
    const piece = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', ' ', '\u00A0', "'", 'a', '张', '1')
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((p) => p.join('')),
        (text) => {
          const guarded = guardCell(text)
          expect(unguardCell(guarded)).toBe(text)
          for (const line of guarded.split(/(?<=\r\n|\r(?!\n)|\n)/)) expect(DANGEROUS_START.test(line)).toBe(false)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
