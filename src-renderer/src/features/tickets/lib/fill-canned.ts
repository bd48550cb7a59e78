/** What a canned reply's variables stand for on one ticket. */
export interface CannedContext {
  customer: string | null
  order: string | null
  ticket: string
}

const VARIABLE = /\{(customer|order|ticket)\}/g

/**
 * A canned reply's text with `{customer}`, `{order}` and `{ticket}` filled in; a variable the
 * ticket has no value for (no customer, no order) is left as written, so the owner sees it.
 */
export function fillCanned(body: string, context: CannedContext): string {
  return body.replace(VARIABLE, (whole, name: keyof CannedContext) => context[name] ?? whole)
}

/** The `/word` being typed at the caret, which opens the canned-reply picker; null when none. */
export function slashQuery(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)\/([^\s/]*)$/.exec(text.slice(0, caret))
  if (!match) return null
  return { start: caret - match[2].length - 1, query: match[2] }
}
