import { z } from 'zod'
import { channel } from '../channel'
import type { Tag } from '../../domain/customer-types'

export const tagChannels = {
  /** Every tag with its usage count, by name. */
  'tags.list': channel<Tag[]>()(z.strictObject({})),
}
