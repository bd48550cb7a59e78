import type { BadgeTone } from '../../../components/badge'
import type { OrderStatus } from '../../../../../src-shared/domain/order-types'

/** The badge colour that repeats an order's status word. */
export const STATUS_TONE: Record<OrderStatus, BadgeTone> = {
  pending: 'warning',
  paid: 'accent',
  shipped: 'accent',
  completed: 'success',
  cancelled: 'neutral',
  refunded: 'danger',
}
