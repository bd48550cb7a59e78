import type { DomainHandlers } from '../ipc/handler'
import { listTags } from './tags'

export const tagHandlers: DomainHandlers<'tags'> = {
  'tags.list': (_input, ctx) => listTags(ctx.db),
}
