import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/button'
import { showToast } from '../../../../components/toast'
import { useNavigationStore } from '../../../../stores/navigation'
import { useActionRunner } from '../../../../lib/use-action-runner'
import { CustomerFormFields } from './customer-form-fields'
import { Dialog } from '../../../../components/dialog'
import { useCustomerForm, type FormField } from './use-customer-form'

/** The create form in a modal: validated as you go, warns about duplicates, Enter saves. */
export function NewCustomerDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const navigate = useNavigationStore((s) => s.navigate)
  const run = useActionRunner()
  const formRef = useRef<HTMLFormElement>(null)
  const form = useCustomerForm((customer) => {
    onClose()
    showToast({
      tone: 'success',
      message: t('customers:ui.form.created', { name: customer.name }),
      action: { label: t('customers:ui.form.open'), onAction: () => navigate({ page: 'customer', id: String(customer.id) }) },
    })
  })
  const focusField = (field: FormField): void => formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus()
  return (
    <Dialog title={t('customers:ui.form.title')} onClose={onClose}>
      <form
        ref={formRef}
        className="modal__body customer-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void run(form.submit).then((invalid) => invalid && focusField(invalid))
        }}
      >
        <CustomerFormFields
          form={form}
          onOpenDuplicate={(id) => {
            onClose()
            navigate({ page: 'customer', id: String(id) })
          }}
        />
        <footer className="modal__footer">
          <Button variant="ghost" onClick={onClose}>
            {t('customers:ui.form.cancel')}
          </Button>
          <Button type="submit" variant="primary" disabled={form.busy}>
            {t('customers:ui.form.save')}
          </Button>
        </footer>
      </form>
    </Dialog>
  )
}
