import { lazyPage } from '../../../../lib/lazy-page'

/** The create form and its schema load on first open (or when the shell preloads), not at start. */
export const newCustomerDialog = lazyPage(() => import('./new-customer-dialog').then((m) => m.NewCustomerDialog))
