/**
 * Every column the customer list can show (and its export write), in the list's order: each
 * customer field, the tags and the purchase figures. `name` always shows.
 */
export const CUSTOMER_LIST_COLUMNS = [
  'name',
  'code',
  'phone',
  'email',
  'gender',
  'birthday',
  'city',
  'address',
  'source',
  'tags',
  'notes',
  'orderCount',
  'lifetimeValue',
  'lastPurchaseAt',
  'createdAt',
  'updatedAt',
] as const
export type CustomerListColumn = (typeof CUSTOMER_LIST_COLUMNS)[number]
