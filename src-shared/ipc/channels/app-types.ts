/** Zod-free constants of the `app.*` channels, for modules the start page loads. */

/**
 * The data file's integrity check. It runs in the background after opening, so the first
 * page shows at once; `corrupt` means every write is refused until a backup is restored.
 */
export const INTEGRITY_STATUSES = ['checking', 'ok', 'corrupt'] as const
export type IntegrityStatus = (typeof INTEGRITY_STATUSES)[number]

/** Which data file the app serves: the owner's own shop, or the practice shop beside it. */
export const SHOPS = ['own', 'demo'] as const
export type ShopKind = (typeof SHOPS)[number]

/** The demo shop's size (made by the seed code): a few hundred customers, a few thousand orders. */
export const DEMO_SHOP_SIZE = { customers: 300, orders: 2500 } as const

/** The demo shop's file, beside the owner's `kehu.sqlite` in the data folder and never it. */
export const DEMO_FILE_NAME = 'kehu-demo.sqlite'

/** The colour themes the owner can pick. */
export const THEMES = ['system', 'light', 'dark'] as const
