import { useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { DealDetail, PipelineStage } from '../../../../../src-shared/domain/deal-types'
import { Button } from '../../../components/button'
import { Dialog } from '../../../components/dialog'
import { FormField } from '../../../components/form-field'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import { SETTINGS_ENTITIES } from '../api/entities'
import { CustomerPicker, type PickedCustomer } from '../components/customer-picker'
import { draftOf, useDealForm, type DealFormField } from './use-deal-form'

export interface DealFormDialogProps {
  /** The deal being edited; absent: a new deal. */
  deal?: DealDetail
  /** A new deal's customer (from the customer page). */
  customer?: PickedCustomer
  onClose(): void
  onSaved(deal: DealDetail): void
}

/** Create or edit a deal; waits for the stages so the stage list is complete. */
export function DealFormDialog(props: DealFormDialogProps) {
  const stages = useQuery('pipeline.stages', {}, { entities: SETTINGS_ENTITIES }).data
  return stages ? <DealForm {...props} stages={stages} /> : null
}

function DealForm({ deal, customer, onClose, onSaved, stages }: DealFormDialogProps & { stages: PipelineStage[] }) {
  const { t } = useTranslation()
  const { currency } = useFormat()
  const reasonsId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const initial = draftOf(deal, stages, currency)
  const form = useDealForm(customer ? { ...initial, customer } : initial, stages, deal, onSaved)
  const reasons = useQuery('pipeline.lostReasons', form.lost ? {} : null, { entities: ['lost_reasons'] }).data ?? []
  const focusField = (field: DealFormField): void => formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus()
  const text = (field: 'title' | 'value' | 'expectedClose' | 'probability' | 'lostReason') => ({
    name: field,
    value: form.draft[field],
    onChange: (event: { target: { value: string } }) => form.change(field, event.target.value),
    onBlur: () => form.blur(field),
  })
  return (
    <Dialog title={t(deal ? 'pipeline:form.editTitle' : 'pipeline:form.newTitle')} onClose={onClose}>
      <form
        ref={formRef}
        className="modal__body deal-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void form.submit().then((invalid) => invalid && focusField(invalid))
        }}
      >
        <FormField label={t('pipeline:form.title')} required error={form.errorOf('title')}>
          {(p) => (
            <input
              {...p}
              {...text('title')}
              className="input"
              maxLength={200}
              placeholder={t('pipeline:form.titlePlaceholder')}
            />
          )}
        </FormField>
        <FormField label={t('pipeline:form.customer')} error={form.errorOf('customerId')}>
          {(p) => (
            <CustomerPicker
              id={p.id}
              value={form.draft.customer}
              onChange={(picked) => form.change('customer', picked)}
              placeholder={t('pipeline:form.customerPlaceholder')}
              clearLabel={t('pipeline:form.clearCustomer')}
            />
          )}
        </FormField>
        <div className="deal-form__pair">
          <FormField label={`${t('pipeline:form.value')} (${currency})`} error={form.errorOf('value')}>
            {(p) => <input {...p} {...text('value')} className="input tabular" inputMode="decimal" />}
          </FormField>
          <FormField label={t('pipeline:form.expectedClose')} error={form.errorOf('expectedClose')}>
            {(p) => <input {...p} {...text('expectedClose')} type="date" className="input" />}
          </FormField>
        </div>
        <div className="deal-form__pair">
          <FormField label={t('pipeline:form.stage')} required error={form.errorOf('stageId')}>
            {(p) => (
              <select
                {...p}
                name="stageId"
                className="input"
                value={form.draft.stageId}
                onChange={(event) => form.changeStage(stages.find((s) => String(s.id) === event.target.value))}
              >
                {stages.map((stage) => (
                  <option key={stage.id} value={stage.id}>
                    {stage.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('pipeline:form.probability')} error={form.errorOf('probability')}>
            {(p) => <input {...p} {...text('probability')} className="input tabular" inputMode="decimal" />}
          </FormField>
        </div>
        {form.lost && (
          <FormField label={t('pipeline:form.lostReason')} required error={form.errorOf('lostReason')}>
            {(p) => (
              <>
                <input {...p} {...text('lostReason')} className="input" list={reasonsId} maxLength={500} />
                <datalist id={reasonsId}>
                  {reasons.map((reason) => (
                    <option key={reason.id} value={reason.label} />
                  ))}
                </datalist>
              </>
            )}
          </FormField>
        )}
        {form.formError && (
          <p className="form-error cluster" role="alert">
            {form.formError.message}
            {/* A stale edit: close, and the page (already refreshed) shows what changed. */}
            {form.formError.stale && (
              <Button size="sm" onClick={onClose}>
                {t('pipeline:form.reload')}
              </Button>
            )}
          </p>
        )}
        <footer className="modal__footer">
          <Button variant="ghost" onClick={onClose}>
            {t('pipeline:form.cancel')}
          </Button>
          <Button type="submit" variant="primary" disabled={form.busy}>
            {t('pipeline:form.save')}
          </Button>
        </footer>
      </form>
    </Dialog>
  )
}
