import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/button'
import { EmptyState } from '../../../../components/empty-state'
import { IpcCallError } from '../../../../lib/ipc'
import { selectCanGoBack, useNavigationStore } from '../../../../stores/navigation'
import { usePageShortcuts } from '../../../../lib/use-page-shortcuts'
import { useQuery } from '../../../../lib/use-query'
import { CUSTOMER_ENTITIES } from '../../api/entities'
import { useDeleteCustomer } from '../../hooks/use-delete-customer'
import { DetailHeader } from './detail-header'
import { Section } from '../../../../components/section'
import { MergeDialog } from '../merge/merge-dialog'
import { useTrashActions } from '../trash/use-trash-actions'
import { NotesEditor } from './notes-editor'
import { ProfileFields } from './profile-fields'
import { QuickLog } from './quick-log'
import { RegisteredPanels } from '../../../../components/registered-panels'
import { Timeline } from './timeline'

/**
 * One customer: who they are, what happened, and the panels other modules registered (open
 * deals and tickets, purchase history …) through `registries/record-panels.ts`.
 */
export interface CustomerDetailPageProps {
  /** The customer's id, as the route carries it. */
  id: string
}

export function CustomerDetailPage({ id }: CustomerDetailPageProps) {
  const { t } = useTranslation()
  const customerId = Number(id)
  const valid = Number.isInteger(customerId) && customerId > 0
  const {
    data: customer,
    error,
    reload,
  } = useQuery('customers.get', valid ? { id: customerId } : null, { entities: CUSTOMER_ENTITIES })
  const back = useBack()
  usePageShortcuts({ escape: back, 'alt+arrowleft': back })
  const { remove, restore } = useDeleteCustomer()
  const trash = useTrashActions()
  const [merging, setMerging] = useState(false)

  if (!valid || error) {
    const message = error instanceof IpcCallError ? error.message : t('customers:ui.detail.notFound')
    return (
      <EmptyState
        icon="customers"
        title={message}
        action={<Button onClick={back}>{t('customers:ui.detail.backToList')}</Button>}
      />
    )
  }
  if (!customer || customer.id !== customerId)
    return (
      <p className="page muted" role="status">
        {t('common:loading')}
      </p>
    )
  return (
    <article className="page customer-detail">
      <DetailHeader
        customer={customer}
        onBack={back}
        onMerge={() => setMerging(true)}
        onDelete={() => void remove(customer).then((done) => done && back())}
        onRestore={() => void (customer.mergedIntoId === null ? restore(customer) : trash.undoMerge(customer)).then(reload)}
        onChanged={reload}
      />
      <div className="customer-detail__columns">
        <div className="customer-detail__side">
          <Section title={t('customers:ui.detail.profile')}>
            <ProfileFields customer={customer} />
          </Section>
          <NotesEditor customer={customer} />
          <RegisteredPanels kind="customer" column="side" recordId={customer.id} />
        </div>
        <div className="customer-detail__main">
          <Section title={t('customers:ui.timeline.title')}>
            {customer.deletedAt === null && <QuickLog customerId={customer.id} onLogged={reload} />}
            <Timeline customerId={customer.id} />
          </Section>
          <RegisteredPanels kind="customer" column="main" recordId={customer.id} />
        </div>
      </div>
      {merging && <MergeDialog keep={customer} onClose={() => setMerging(false)} />}
    </article>
  )
}

/** Back where the user came from (the list, at the row they opened), else to the list. */
function useBack(): () => void {
  const canGoBack = useNavigationStore(selectCanGoBack)
  const { back, navigate } = useNavigationStore.getState()
  return () => (canGoBack ? back() : navigate({ page: 'customers' }))
}
