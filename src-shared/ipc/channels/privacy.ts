import { z } from 'zod'
import { channel } from '../channel'
import { id } from '../schemas'
import type { ExportResult } from './csv-export'

/** What erasing a customer will do, counted before the owner confirms. */
export interface ErasurePreview {
  name: string
  /** Customers merged into this one earlier (shells in the Trash), erased with it. */
  merged: number
  /** Kept, without the customer: the books do not change. */
  orders: number
  deals: number
  /** Kept with their text emptied. */
  tickets: number
  surveyResponses: number
  /** Deleted with the customer. */
  activities: number
  tasks: number
  tags: number
  segments: number
  campaigns: number
  /** Audit log rows whose before/after name them (scrubbed). */
  auditRows: number
}

export interface ErasureResult {
  /** Customer rows deleted (the customer and those merged into them). */
  erased: number
  ordersKept: number
  dealsKept: number
}

/** A customer's data (PIPL access and erasure requests). */
export const privacyChannels = {
  'privacy.preview': channel<ErasurePreview>()(z.strictObject({ id })),
  /** Erases for good (no undo: the renderer asks first, naming what stays and what goes). */
  'privacy.erase': channel<ErasureResult>()(z.strictObject({ id, confirm: z.literal(true) })),
  /** Asks where to save and writes everything Kehu holds about the customer as a .zip of CSV files; null on Cancel. */
  'privacy.export': channel<ExportResult | null>()(z.strictObject({ id })),
}
