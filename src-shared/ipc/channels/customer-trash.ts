import { z } from 'zod'
import { channel } from '../channel'
import type { TrashRow, UndoMergeResult } from '../../domain/customer-merge'
import { id, ids, paging, wellFormed } from '../schemas'

const batch = z.strictObject({ batch: z.uuid() })

/**
 * The customers Trash (deleted and merged customers), deleting for good with an Undo window,
 * and undoing a merge. Spread into the customer channels.
 */
export const customerTrashChannels = {
  /** Newest first, with whom a merged customer went into; `total` counts every match. */
  'customers.trash': channel<{ rows: TrashRow[]; total: number }>()(
    z.strictObject({ query: wellFormed(z.string()).max(100).optional(), ...paging(500) }),
  ),
  /**
   * Takes customers (or the whole Trash, `all`) out of the Trash to be deleted for good; they
   * are deleted by `confirmPurge` when the Undo toast expires, or when the app closes.
   */
  'customers.purge': channel<{ batch: string; count: number }>()(
    z.union([z.strictObject({ ids }), z.strictObject({ all: z.literal(true) })]),
  ),
  /** Undo of `purge`: the batch is back in the Trash. */
  'customers.cancelPurge': channel<{ count: number }>()(batch),
  'customers.confirmPurge': channel<{ count: number }>()(batch),
  /** How many days the Trash keeps customers before deleting them for good. */
  'customers.retention': channel<{ days: number }>()(z.strictObject({})),
  'customers.setRetention': channel<{ days: number }>()(z.strictObject({ days: z.int().min(1).max(3650) })),
  /** Undoes the merge of customer `id` into another (from the merge toast or the Trash). */
  'customers.undoMerge': channel<UndoMergeResult>()(z.strictObject({ id })),
}
