import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TICKET_KINDS, TICKET_PRIORITIES } from '../../../../../../src-shared/domain/ticket'
import type { TicketCustomerRef } from '../../../../../../src-shared/domain/ticket-refs'
import type { TicketKind, TicketPriority } from '../../../../../../src-shared/domain/ticket-types'
import { newTicketInput } from '../../../../../../src-shared/ipc/channels/ticket-schemas'
import { resolveLocale } from '../../../../../../src-shared/i18n/locales'
import type { EnumName } from '../../../../../../src-shared/i18n/enum-labels'
import { Button } from '../../../../components/button'
import { Dialog } from '../../../../components/dialog'
import { FormField } from '../../../../components/form-field'
import { showToast } from '../../../../components/toast'
import { call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'
import { validate, type FieldErrors } from '../../../../lib/validate'
import { useNavigationStore } from '../../../../stores/navigation'
import { CustomerPicker } from './customer-picker'
import { OrderPicker } from './order-picker'
import { useEnumLabel } from '../../../../lib/use-enum-label'

interface NewTicketDialogProps {
  onClose(): void
  /** Opened from a customer's page: that customer, and a complaint about one of their orders by default. */
  customer?: TicketCustomerRef
}

/** Opens a ticket for a found customer or one created on the spot, optionally about an order; its page opens. */
export function NewTicketDialog({ onClose, customer: preset }: NewTicketDialogProps) {
  const { t, i18n } = useTranslation()
  const label = useEnumLabel()
  const run = useActionRunner()
  const navigate = useNavigationStore((s) => s.navigate)
  const [search, setSearch] = useState('')
  const [customer, setCustomer] = useState<TicketCustomerRef | null>(preset ?? null)
  const [orderId, setOrderId] = useState<number | null>(null)
  const [newName, setNewName] = useState('')
  const [newPhone, setNewPhone] = useState('')
  const [kind, setKind] = useState<TicketKind>(preset ? 'complaint' : 'inquiry')
  const [priority, setPriority] = useState<TicketPriority>('normal')
  const [subject, setSubject] = useState('')
  const [body, setBody] = useState('')
  const [errors, setErrors] = useState<FieldErrors>({})
  const submit = async (): Promise<void> => {
    const input = {
      ...(customer ? { customerId: customer.id } : {}),
      ...(customer && orderId !== null ? { orderId } : {}),
      ...(!customer && newName.trim() ? { newCustomer: { name: newName, phone: newPhone.trim() || undefined } } : {}),
      kind,
      priority,
      subject,
      body,
    }
    const checked = validate(newTicketInput, input, resolveLocale(i18n.language), t)
    if (!checked.ok) return setErrors(checked.errors)
    const ticket = await run(() => call('tickets.create', checked.data))
    if (!ticket) return
    onClose()
    showToast({ tone: 'success', message: t('tickets:create.created', { number: ticket.number }) })
    navigate({ page: 'ticket', id: String(ticket.id) })
  }
  const choice = <V extends string>(title: string, value: V, values: readonly V[], name: EnumName, set: (v: V) => void) => (
    <FormField label={title}>
      {(field) => (
        <select {...field} className="input" value={value} onChange={(e) => set(e.target.value as V)}>
          {values.map((v) => (
            <option key={v} value={v}>
              {label(name, v)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  )
  return (
    <Dialog title={t('tickets:create.title')} onClose={onClose}>
      <form
        className="modal__body stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <FormField label={t('tickets:create.subject')} error={errors.subject} required>
          {(field) => <input {...field} className="input" value={subject} onChange={(e) => setSubject(e.target.value)} />}
        </FormField>
        <FormField label={t('tickets:create.customer')} error={errors.customerId}>
          {(field) => (
            <CustomerPicker id={field.id} search={search} onSearch={setSearch} value={customer} onChange={setCustomer} />
          )}
        </FormField>
        {customer && <OrderPicker customerId={customer.id} value={orderId} onChange={setOrderId} />}
        {!customer && (
          <div className="cluster">
            <FormField label={t('tickets:create.newCustomerName')} error={errors['newCustomer.name']}>
              {(field) => <input {...field} className="input" value={newName} onChange={(e) => setNewName(e.target.value)} />}
            </FormField>
            <FormField label={t('tickets:create.newCustomerPhone')} error={errors['newCustomer.phone']}>
              {(field) => <input {...field} className="input" value={newPhone} onChange={(e) => setNewPhone(e.target.value)} />}
            </FormField>
          </div>
        )}
        <div className="cluster">
          {choice(t('tickets:queue.kind'), kind, TICKET_KINDS, 'ticketKind', setKind)}
          {choice(t('tickets:queue.priority'), priority, TICKET_PRIORITIES, 'ticketPriority', setPriority)}
        </div>
        <FormField label={t('tickets:create.body')} error={errors.body}>
          {(field) => <textarea {...field} className="input" rows={4} value={body} onChange={(e) => setBody(e.target.value)} />}
        </FormField>
        <footer className="modal__footer">
          <Button variant="ghost" onClick={onClose}>
            {t('tickets:create.cancel')}
          </Button>
          <Button type="submit" variant="primary">
            {t('tickets:create.submit')}
          </Button>
        </footer>
      </form>
    </Dialog>
  )
}
