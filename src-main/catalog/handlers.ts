import type { HandlerContext } from '../ipc/context'
import type { DomainHandlers } from '../ipc/handler'
import { fillMissingSearchKeys } from './fill-search-keys'
import { createProduct, deleteProduct, editProduct, restoreProduct } from './product-edits'
import { listProducts, productCategories, requireProductRow, searchProducts } from './queries'

const changed = (ctx: HandlerContext): void => ctx.emit('data.changed', { entities: ['products'] })

export const productHandlers: DomainHandlers<'products'> = {
  'products.list': (input, ctx) => {
    fillMissingSearchKeys(ctx.db)
    return listProducts(ctx.db, input)
  },
  'products.search': ({ query, limit }, ctx) => {
    fillMissingSearchKeys(ctx.db)
    return searchProducts(ctx.db, query, limit)
  },
  'products.get': ({ id }, ctx) => requireProductRow(ctx.db, id),
  'products.create': (input, ctx) => {
    const row = createProduct(ctx.db, input)
    changed(ctx)
    return row
  },
  'products.update': ({ id, updatedAt, patch }, ctx) => {
    const row = editProduct(ctx.db, id, updatedAt, patch)
    changed(ctx)
    return row
  },
  'products.delete': ({ id }, ctx) => {
    deleteProduct(ctx.db, id)
    changed(ctx)
    return { count: 1 }
  },
  'products.restore': ({ id }, ctx) => {
    const row = restoreProduct(ctx.db, id)
    changed(ctx)
    return row
  },
  'products.categories': (_input, ctx) => productCategories(ctx.db),
}
