/** Small helpers shared by the analytics tests. */

/** Largest relative difference |a/b − 1| (absolute when b is 0). */
export function maxRelErr(actual: readonly number[], expected: readonly number[]): number {
  if (actual.length !== expected.length) throw new Error(`length ${actual.length} vs ${expected.length}`)
  let worst = 0
  actual.forEach((a, i) => {
    const e = expected[i]
    worst = Math.max(worst, e === 0 ? Math.abs(a) : Math.abs(a / e - 1))
  })
  return worst
}

export const relErr = (a: number, e: number): number => (e === 0 ? Math.abs(a) : Math.abs(a / e - 1))

/** Splits one CSV line with double-quoted fields ("" is a literal quote). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      out.push(field)
      field = ''
    } else field += ch
  }
  out.push(field)
  return out
}
