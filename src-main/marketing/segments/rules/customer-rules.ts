import type { RuleOf } from '../../../../src-shared/domain/segment'
import { periodInstants } from '../../../insights/lib/dates'
import type { CompileEnv } from '../compile-env'

/** Rules on the customer row and its tags. */
export function tagsSql(rule: RuleOf<'tags'>, env: CompileEnv): string {
  const tags = `SELECT value FROM json_each(${env.param(JSON.stringify(rule.tagIds))})`
  if (rule.op === 'all') {
    return `c.id IN (SELECT customer_id FROM customer_tags WHERE tag_id IN (${tags})
      GROUP BY customer_id HAVING count(*) = ${env.param(rule.tagIds.length)})`
  }
  const tagged = `SELECT customer_id FROM customer_tags WHERE tag_id IN (${tags})`
  return rule.op === 'any' ? `c.id IN (${tagged})` : `c.id NOT IN (${tagged})`
}

/** City or source equal to one of the values, as written (the customer list's filter does the same). */
export function listSql(rule: RuleOf<'city' | 'source'>, env: CompileEnv): string {
  return `c.${rule.kind} IN (SELECT value FROM json_each(${env.param(JSON.stringify(rule.values))}))`
}

/** Created on a local calendar day from `from` to `to` (either end open). */
export function createdSql(rule: RuleOf<'created'>, env: CompileEnv): string {
  const [start, end] = periodInstants(rule)
  return `c.created_at >= ${env.param(start)} AND c.created_at < ${env.param(end)}`
}
