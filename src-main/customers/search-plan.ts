import { phoneSearchDigits } from '../../src-shared/domain/phone'
import { queryPinyin } from './search-keys'

/**
 * How a free-text query becomes SQL over `customers c`:
 * - 3+ characters: the FTS5 trigram index (substring of name, phone digits, email, notes,
 *   pinyin, initials), the query quoted as a phrase.
 * - shorter: a union of indexed lookups — prefix ranges on name_pinyin, name_initials, the
 *   given name's initials (`xm` → 王小明, the expression index of migration
 *   customers_phone_search) and phone_norm; for Chinese, a substring scan of the narrow
 *   (deleted_at, sort_key, id) index (sort_key holds the name), which also finds 小明 in 王小明.
 *   Notes and email need 3+.
 * Phone-like queries (`138 0013`, full-width digits, `+86 139`, `8613911112222`) search the
 * digits phone_norm may hold (Chinese numbers are stored without +86); Latin queries also
 * without spaces (`zhang san` → zhangsan). A query mixing words and a number (`张慧 158`)
 * finds customers matching both, besides those matching the whole phrase.
 * Every form is an id set (`c.id IN (…)`), so the planner drives by it rather than scanning
 * every row to test an OR. `rank` orders exact (0), prefix (1), other matches (2).
 */
export interface SearchPlan {
  where: string
  rank: string
  params: Record<string, string | null>
}

interface TermPlan {
  /** A SELECT of one column of customer ids. */
  ids: string
  rank: string
  params: Record<string, string | null>
}

const MAX_CHAR = '\u{10FFFF}'
const HAN = /\p{Script=Han}/u
const LATIN_QUERY = /^[a-z0-9\s'·-]+$/

// Control characters are never part of a name, phone or note; NUL would even end the FTS5
// query string early inside SQLite ("unterminated string"), so they count as spaces.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g

export function planSearch(query: string): SearchPlan | null {
  const q = query.normalize('NFKC').replace(CONTROL, ' ').trim().toLowerCase()
  if (q === '') return null
  const whole = planTerm(q, '')
  const split = splitWordsAndNumber(q)
  if (!split) return { where: `c.id IN (${whole.ids})`, rank: whole.rank, params: whole.params }
  const words = planTerm(split.words, 'w_')
  const number = planTerm(split.number, 'n_')
  return {
    where: `c.id IN (${whole.ids} UNION SELECT id FROM (${words.ids}) INTERSECT SELECT id FROM (${number.ids}))`,
    rank: words.rank,
    params: { ...whole.params, ...words.params, ...number.params },
  }
}

/** `张慧 158` → words `张慧`, number `158`; null unless the query has both kinds of token. */
function splitWordsAndNumber(q: string): { words: string; number: string } | null {
  const tokens = q.split(/\s+/)
  const phoneLike = (token: string): boolean => /^[+\d().-]+$/.test(token)
  const number = tokens.filter(phoneLike)
  const words = tokens.filter((token) => !phoneLike(token))
  if (number.length === 0 || words.length === 0 || phoneSearchDigits(number.join(' ')).length === 0) return null
  return { words: words.join(' '), number: number.join(' ') }
}

/** One term's id set; its parameters are named with `p` in front, so two terms can be combined. */
function planTerm(q: string, p: string): TermPlan {
  const [digits = null, digitsAlt = null] = phoneSearchDigits(q)
  const compact = LATIN_QUERY.test(q) && digits === null ? q.replace(/[\s'·-]/g, '') : null
  const han = HAN.test(q)
  const params: Record<string, string | null> = {
    [`${p}q`]: q,
    [`${p}digits`]: digits,
    [`${p}digitsAlt`]: digitsAlt,
    [`${p}compact`]: compact,
    [`${p}namePrefix`]: `${escapeLike(q)}%`,
    [`${p}nameContains`]: `%${escapeLike(q)}%`,
    [`${p}hanPinyin`]: han ? queryPinyin(q) : null,
    [`${p}end`]: MAX_CHAR,
  }
  const v = (name: string): string => `@${p}${name}`
  const rank = `CASE WHEN lower(c.name) = ${v('q')} OR c.phone_norm IN (${v('digits')}, ${v('digitsAlt')})
    OR c.name_pinyin = ${v('compact')} OR c.name_initials = ${v('compact')} THEN 0
    WHEN lower(c.name) LIKE ${v('namePrefix')} ESCAPE '\\' OR substr(c.phone_norm, 1, length(${v('digits')})) = ${v('digits')}
    OR substr(c.phone_norm, 1, length(${v('digitsAlt')})) = ${v('digitsAlt')}
    OR substr(c.name_pinyin, 1, length(${v('compact')})) = ${v('compact')}
    OR substr(c.name_initials, 1, length(${v('compact')})) = ${v('compact')}
    OR substr(c.name_pinyin, 1, length(${v('hanPinyin')})) = ${v('hanPinyin')} THEN 1 ELSE 2 END`
  const terms = [...new Set([q, compact, digits, digitsAlt])].filter((t): t is string => t !== null && [...t].length >= 3)
  if (terms.length > 0) {
    params[`${p}fts`] = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ')
    return { ids: `SELECT rowid AS id FROM customers_fts WHERE customers_fts MATCH ${v('fts')}`, rank, params }
  }
  const between = (column: string, value: string): string =>
    `SELECT id FROM customers WHERE ${column} >= ${v(value)} AND ${column} < ${v(value)} || ${v('end')}`
  const nameScan = `SELECT id FROM customers INDEXED BY customers_live_sort WHERE sort_key LIKE ${v('nameContains')} ESCAPE '\\'`
  const lookups: string[] = []
  if (compact !== null) {
    lookups.push(between('name_pinyin', 'compact'), between('name_initials', 'compact'))
    // One letter would match every given name starting with it: the given name needs two.
    if (compact.length >= 2) lookups.push(between('substr(name_initials, 2)', 'compact'))
  }
  if (digits !== null) lookups.push(between('phone_norm', 'digits'))
  if (digitsAlt !== null) lookups.push(between('phone_norm', 'digitsAlt'))
  // Han text, or punctuation and other scripts (one or two characters): a name substring scan.
  if (han || lookups.length === 0) lookups.push(nameScan)
  return { ids: lookups.join(' UNION '), rank, params }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`)
}
