import type { Rng } from '../random/seed-rng'
import type { FestivalWindow } from '../calendar/festivals'
import type { ProductCatalog } from './products'

export interface BasketLine {
  product: number
  quantity: number
}

/** How many distinct products an order has: about three on average, some big baskets. */
function lineCount(rng: Rng): number {
  const u = rng.next()
  return u < 0.22 ? 1 : u < 0.5 ? 2 : u < 0.72 ? 3 : rng.int(4, 8)
}

function quantity(rng: Rng): number {
  const u = rng.next()
  return u < 0.72 ? 1 : u < 0.9 ? 2 : rng.int(3, 6)
}

/**
 * The products of one order: popular products most often, planted bundle partners added
 * after their anchor, and a festival gift box during its window.
 */
export function fillBasket(rng: Rng, catalog: ProductCatalog, festivals: readonly FestivalWindow[]): BasketLine[] {
  const chosen: number[] = []
  const add = (product: number): void => {
    if (!chosen.includes(product)) chosen.push(product)
  }
  const wanted = lineCount(rng)
  for (let attempt = 0; chosen.length < wanted && attempt < wanted * 3; attempt++) {
    const product = catalog.popularity.index(rng.next())
    add(product)
    const bundle = catalog.bundles.get(product)
    if (bundle && rng.chance(bundle.probability)) add(bundle.add)
  }
  for (const festival of festivals) {
    const gifts = catalog.seasonal.get(festival.kind)
    if (gifts && gifts.length > 0 && rng.chance(0.3)) add(rng.pick(gifts))
  }
  return chosen.map((product) => ({ product, quantity: quantity(rng) }))
}
