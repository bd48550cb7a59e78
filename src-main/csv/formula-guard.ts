/**
 * Spreadsheet formula injection guard for text cells. A cell — or any line inside it — that
 * starts with `=`, `+`, `-`, `@`, a tab, CR or LF (also after spaces or no-break spaces) would
 * be run as a formula by Excel or LibreOffice; a leading `'` makes it text.
 *
 * The guard is exactly reversible, so exported files re-import to the same values: quotes
 * already in front of a dangerous start get one more, and `unguardCell` removes exactly one.
 */
const DANGER = /^'*[ \u00A0]*[=+\-@\t\r\n]/
const LINE_BREAK = /\r\n|\r(?!\n)|\n/g
const MAYBE = /[=+\-@\t\r\n]/

/** Calls `fn(line)` for each line, its line break included, and joins the results. */
function mapLines(text: string, fn: (line: string) => string): string {
  let out = ''
  let start = 0
  LINE_BREAK.lastIndex = 0
  for (;;) {
    const m = LINE_BREAK.exec(text)
    const end = m ? m.index + m[0].length : text.length
    // The break stays on its line, so "spaces then a line break" is caught as dangerous too.
    out += fn(text.slice(start, end))
    if (!m) return out
    start = end
  }
}

/** Neutralises dangerous starts of the cell and of each line inside it. */
export function guardCell(text: string): string {
  if (!MAYBE.test(text)) return text
  return mapLines(text, (line) => (DANGER.test(line) ? `'${line}` : line))
}

/** The inverse of `guardCell`. */
export function unguardCell(text: string): string {
  if (!text.includes("'")) return text
  return mapLines(text, (line) => (line.startsWith("'") && DANGER.test(line.slice(1)) ? line.slice(1) : line))
}
