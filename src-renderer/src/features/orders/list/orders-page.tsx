import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/button'
import { PageHeader } from '../../../components/page-header'
import { SegmentedControl } from '../../../components/segmented-control'
import { usePageShortcuts } from '../../../lib/use-page-shortcuts'
import { selectRoute, useNavigationStore, type OrdersTab } from '../../../stores/navigation'
import { NewOrderDialog } from '../form/new-order-dialog'
import { NewProductDialog } from '../products/new-product-dialog'
import { ProductsList } from '../products/products-list'
import { OrdersList } from './orders-list'

/**
 * Orders and the products they sell, as two tabs of one page. `N` opens the tab's creation
 * form (a new order, a new product); the palette's "New order" arrives as the route's intent.
 */
export function OrdersPage() {
  const { t } = useTranslation()
  const route = useNavigationStore(selectRoute)
  const replace = useNavigationStore((s) => s.replace)
  const tab: OrdersTab = route.page === 'orders' ? (route.tab ?? 'orders') : 'orders'
  const intent = route.page === 'orders' ? route.intent : undefined
  const [creating, setCreating] = useState(false)
  useEffect(() => {
    if (intent !== 'new') return
    setCreating(true)
    replace({ page: 'orders', tab: 'orders' })
  }, [intent, replace])
  usePageShortcuts({ n: () => setCreating(true) })
  const newLabel = t(tab === 'orders' ? 'orders:ui.list.new' : 'orders:products.new')
  return (
    <div className="page orders-page">
      <PageHeader
        title={t('nav:orders')}
        actions={
          <>
            <SegmentedControl
              label={t('orders:ui.tabs.label')}
              hideLabel
              value={tab}
              options={[
                { value: 'orders', label: t('orders:ui.tabs.orders') },
                { value: 'products', label: t('orders:ui.tabs.products') },
              ]}
              onChange={(next) => replace({ page: 'orders', tab: next })}
            />
            <Button
              variant="primary"
              icon="plus"
              aria-keyshortcuts="N"
              title={`${newLabel} (N)`}
              onClick={() => setCreating(true)}
            >
              {newLabel}
            </Button>
          </>
        }
      />
      {tab === 'orders' ? <OrdersList onNew={() => setCreating(true)} /> : <ProductsList onNew={() => setCreating(true)} />}
      {creating && tab === 'orders' && <NewOrderDialog onClose={() => setCreating(false)} />}
      {creating && tab === 'products' && <NewProductDialog onClose={() => setCreating(false)} />}
    </div>
  )
}
