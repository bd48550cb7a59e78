import type Database from 'better-sqlite3'
import type { BundleProduct, BundlesResult } from '../../../src-shared/domain/analytics'
import type { BundlesInput } from '../../../src-shared/ipc/channels/analytics'
import { aprioriEncoded } from '../../analytics'
import { makeBasis } from '../lib/basis'
import { loadBaskets, productLabels } from '../sql/baskets'
import type { AnalysisEnv } from './analysis-env'

/** Rules of up to three products: longer ones are rare in a shop and cost the most to mine. */
const MAX_LENGTH = 3

/** Products bought together, strongest rules first (the engine's order), with names and SKUs. */
export function computeBundles(db: Database.Database, input: BundlesInput, env: AnalysisEnv): BundlesResult {
  const baskets = loadBaskets(db, input)
  env.progress(1, 3, 'load')
  const options = { minSupport: input.minSupport, minConfidence: input.minConfidence, maxLength: MAX_LENGTH }
  const rules = baskets.count === 0 ? [] : aprioriEncoded(baskets, options).rules.slice(0, input.limit)
  env.progress(2, 3, 'mine')
  const labels = productLabels(
    db,
    rules.flatMap((r) => [...r.antecedent, ...r.consequent].map(Number)),
  )
  // order_lines.product_id is a foreign key (products are only soft-deleted): the row exists.
  const product = (item: string): BundleProduct => labels.get(Number(item)) as BundleProduct
  env.progress(3, 3, 'done')
  return {
    rules: rules.map((r) => ({
      antecedent: r.antecedent.map(product),
      consequent: r.consequent.map(product),
      count: r.count,
      support: r.support,
      confidence: r.confidence,
      lift: r.lift,
    })),
    basis: makeBasis('baskets', baskets.count, baskets.firstDay, baskets.lastDay),
  }
}
