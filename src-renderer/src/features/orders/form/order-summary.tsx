import { useTranslation } from 'react-i18next'
import { PAYMENT_METHODS, type PaymentMethod } from '../../../../../src-shared/domain/sale'
import { FormField } from '../../../components/form-field'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import type { OrderDraft } from './draft'
import type { OrderForm } from './use-order-form'

/** The order's money and how it was paid: discount and tax as typed, totals as they will be saved. */
export function OrderSummary({ form }: { form: OrderForm }) {
  const { t } = useTranslation()
  const f = useFormat()
  const { draft, totals } = form
  const facets = useQuery('orders.facets', {}, { entities: ['orders'] }).data
  const campaigns = useQuery('campaigns.choices', {}, { entities: ['campaigns'] }).data ?? []
  const set = (patch: Partial<OrderDraft>): void => form.update((d) => ({ ...d, ...patch }))
  const amountField = (field: 'discount' | 'tax', label: string) => (
    <FormField label={label} error={form.errorOf(field)}>
      {(control) => (
        <input
          {...control}
          name={field}
          className="input order-form__amount"
          inputMode="decimal"
          value={draft[field]}
          onChange={(e) => set({ [field]: e.target.value })}
          onBlur={() => form.touch(field)}
        />
      )}
    </FormField>
  )
  return (
    <div className="order-form__summary">
      <div className="order-form__fields">
        <FormField label={t('orders:ui.form.payment')}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={draft.paymentMethod}
              onChange={(e) => set({ paymentMethod: e.target.value as PaymentMethod })}
            >
              {PAYMENT_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`orders:payment.${m}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('orders:ui.form.channel')} error={form.errorOf('channel')}>
          {(control) => (
            <>
              <input
                {...control}
                className="input"
                list="order-form-channels"
                maxLength={60}
                value={draft.channel}
                onChange={(e) => set({ channel: e.target.value })}
              />
              <datalist id="order-form-channels">
                {facets?.channels.map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
            </>
          )}
        </FormField>
        <FormField label={t('orders:ui.form.campaign')}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={draft.campaignId ?? ''}
              onChange={(e) => set({ campaignId: e.target.value === '' ? null : Number(e.target.value) })}
            >
              <option value="">{t('orders:ui.form.noCampaign')}</option>
              {campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {amountField('discount', t('orders:ui.form.orderDiscount'))}
        {amountField('tax', t('orders:ui.form.tax'))}
      </div>
      <dl className="order-form__totals" aria-live="polite">
        <div>
          <dt>{t('orders:ui.form.subtotal')}</dt>
          <dd className="tabular">{f.money(totals.subtotal)}</dd>
        </div>
        <div className="order-form__grand-total">
          <dt>{t('orders:ui.form.total')}</dt>
          <dd className="tabular" data-testid="order-total">
            {f.money(totals.total)}
          </dd>
        </div>
      </dl>
    </div>
  )
}
