import { useTranslation } from 'react-i18next'
import type { RowCounts } from '../../../../src-shared/ipc/channels/backups'
import { useFormat } from '../../lib/use-format'

/** "1,200 customers", "1 order": a backup's size in the owner's words, plural-correct. */
export function useRowSummary(): (counts: RowCounts) => { customers: string; orders: string } {
  const { t } = useTranslation('backups')
  const format = useFormat()
  const words = (key: 'customers' | 'orders', count: number): string => t(key, { count, formatted: format.number(count) })
  return (counts) => ({ customers: words('customers', counts.customers ?? 0), orders: words('orders', counts.orders ?? 0) })
}
