import { insertProduct } from '../../catalog/write'
import { CumulativeWeights } from '../random/cumulative-weights'
import { iso, type SeedContext } from '../seed-context'
import { CATALOG, PLANTED_BUNDLES, SEASONAL_GIFTS, type CatalogRef } from '../vocab/catalog'

/** The inserted catalog, as the order step needs it. */
export interface ProductCatalog {
  ids: Int32Array
  prices: Int32Array
  names: string[]
  /** Zipf-like popularity: a few products sell most. */
  popularity: CumulativeWeights
  /** Planted bundles as product indexes: buying `when` often adds `add`. */
  bundles: Map<number, { add: number; probability: number }>
  /** Gift-box product indexes per festival, sold mostly in its window. */
  seasonal: Map<string, number[]>
}

/** Zipf exponent: ~1 is what real shops' sales-by-product curves look like. */
const ZIPF = 0.95

/** Inserts every catalog product (~500) with prices and costs in fen / cents. */
export function generateProducts(ctx: SeedContext): ProductCatalog {
  const rng = ctx.rng('products')
  const ids: number[] = []
  const prices: number[] = []
  const names: string[] = []
  const indexOf = new Map<string, number>()
  const createdMs = ctx.calendar.timeOn(0, rng)
  for (const category of CATALOG) {
    category.bases.forEach(([baseName, basePrice], b) => {
      category.variants.forEach(([variantName, factor], v) => {
        const price = Math.max(1, Math.round(basePrice * factor)) * 100
        // Margins differ: drinks and bakery are cheap to make, machines are not.
        const cost = Math.round(price * (0.3 + rng.next() * 0.35))
        const name = `${ctx.say(baseName)} ${ctx.say(variantName)}`
        const ms = createdMs + ids.length * 1000
        const sku = `${category.code}-${String(b + 1).padStart(2, '0')}${String(v + 1).padStart(2, '0')}`
        const uid = ctx.uid(ms)
        const product = { sku, name, category: ctx.say(category.name), price, cost, active: rng.chance(0.96) }
        ids.push(insertProduct(ctx.db, product, { uid, createdAt: iso(ms), updatedAt: iso(ms) }))
        indexOf.set(refKey([category.code, b, v]), ids.length - 1)
        prices.push(price)
        names.push(name)
      })
    })
  }
  ctx.wrote('products', ids.length)
  const seasonalIndexes = new Set<number>()
  const seasonal = new Map<string, number[]>()
  for (const [festival, base] of Object.entries(SEASONAL_GIFTS)) {
    const variants = [0, 1, 2].map((v) => indexOf.get(refKey(['GF', base, v]))).filter((i) => i !== undefined)
    variants.forEach((i) => seasonalIndexes.add(i))
    seasonal.set(festival, variants)
  }
  const bundles = new Map(
    PLANTED_BUNDLES.map((b) => [lookup(indexOf, b.when), { add: lookup(indexOf, b.add), probability: b.probability }]),
  )
  return {
    ids: Int32Array.from(ids),
    prices: Int32Array.from(prices),
    names,
    bundles,
    seasonal,
    popularity: popularity(ids.length, [...bundles.keys()], seasonalIndexes, rng.next),
  }
}

/**
 * Weights 1/rank^s over a shuffled ranking, with the bundle anchors among the bestsellers
 * (so their rules have support) and the seasonal gift boxes at the tail (they sell in their
 * festival window instead).
 */
function popularity(count: number, anchors: number[], seasonal: Set<number>, random: () => number): CumulativeWeights {
  const order = Array.from({ length: count }, (_, i) => i).filter((i) => !anchors.includes(i) && !seasonal.has(i))
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  const ranking = [...order.slice(0, 3), ...anchors, ...order.slice(3), ...seasonal]
  const weights = new Float64Array(count)
  ranking.forEach((product, rank) => (weights[product] = 1 / (rank + 1) ** ZIPF))
  return new CumulativeWeights(weights)
}

const refKey = (ref: CatalogRef): string => ref.join(':')

function lookup(indexOf: Map<string, number>, ref: CatalogRef): number {
  const index = indexOf.get(refKey(ref))
  if (index === undefined) throw new Error(`seed catalog: no product ${refKey(ref)}`)
  return index
}
