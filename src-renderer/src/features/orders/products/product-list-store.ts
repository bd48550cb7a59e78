import { create } from 'zustand'
import type { ProductListInput } from '../../../../../src-shared/ipc/channels/products'

export type ProductQuery = Omit<ProductListInput, 'offset' | 'limit'>

/** The products tab's search, filters and sort, kept while the user moves between tabs. */
interface ProductListState {
  search: string
  status: ProductQuery['status']
  category: string
  sort: ProductQuery['sort']
  set(patch: Partial<Pick<ProductListState, 'search' | 'status' | 'category' | 'sort'>>): void
}

export const useProductListStore = create<ProductListState>()((set) => ({
  search: '',
  status: 'active',
  category: '',
  sort: { column: 'name', dir: 'asc' },
  set: (patch) => set(patch),
}))

/** The list's query for a settled search text. */
export const toProductQuery = (s: ProductListState, search: string): ProductQuery => ({
  status: s.status,
  sort: s.sort,
  ...(search.trim() ? { query: search.trim() } : {}),
  ...(s.category ? { category: s.category } : {}),
})
