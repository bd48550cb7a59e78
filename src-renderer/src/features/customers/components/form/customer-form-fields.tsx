import { useTranslation } from 'react-i18next'
import { GENDERS } from '../../../../../../src-shared/domain/customer'
import { normalizePhone } from '../../../../../../src-shared/domain/phone'
import { DuplicateWarning } from './duplicate-warning'
import { FormField } from '../../../../components/form-field'
import type { FormField as Field, useCustomerForm } from './use-customer-form'

type Form = ReturnType<typeof useCustomerForm>

const TEXT_FIELDS: { field: Field; type: string; maxLength: number; autoComplete?: string }[] = [
  { field: 'email', type: 'email', maxLength: 254, autoComplete: 'off' },
  { field: 'city', type: 'text', maxLength: 100 },
  { field: 'source', type: 'text', maxLength: 100 },
  { field: 'address', type: 'text', maxLength: 500 },
  { field: 'code', type: 'text', maxLength: 64 },
]

/** The create form's fields: name and phone first (how a shop identifies people), then the rest. */
export function CustomerFormFields({ form, onOpenDuplicate }: { form: Form; onOpenDuplicate(id: number): void }) {
  const { t } = useTranslation()
  const { draft } = form
  const bind = (field: Field) => ({
    name: field,
    value: draft[field],
    onChange: (event: { target: { value: string } }) => form.change(field, event.target.value),
    onBlur: () => form.blur(field),
  })
  const label = (field: Field): string => t(`customers:fields.${field}`)
  // How the phone will be stored and searched: `+86 138-0013-8000` → `13800138000`.
  const phoneNorm = draft.phone.trim() ? normalizePhone(draft.phone) : null
  return (
    <div className="customer-form__grid">
      <FormField label={label('name')} error={form.errorOf('name')} required>
        {(a) => <input {...a} {...bind('name')} className="input" maxLength={200} autoFocus autoComplete="off" />}
      </FormField>
      <FormField
        label={label('phone')}
        error={form.errorOf('phone')}
        hint={phoneNorm ? t('customers:ui.form.phoneSavedAs', { phone: phoneNorm }) : undefined}
      >
        {(a) => <input {...a} {...bind('phone')} className="input tabular" type="tel" maxLength={40} autoComplete="off" />}
      </FormField>
      <DuplicateWarning phone={draft.phone} email={draft.email} onOpen={onOpenDuplicate} />
      {TEXT_FIELDS.map(({ field, ...attrs }) => (
        <FormField key={field} label={label(field)} error={form.errorOf(field)}>
          {(a) => <input {...a} {...bind(field)} {...attrs} className="input" />}
        </FormField>
      ))}
      <FormField label={label('gender')} error={form.errorOf('gender')}>
        {(a) => (
          <select {...a} {...bind('gender')} className="input">
            <option value="">{t('customers:ui.form.unspecified')}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`customers:gender.${g}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={label('birthday')} error={form.errorOf('birthday')}>
        {(a) => <input {...a} {...bind('birthday')} className="input" type="date" />}
      </FormField>
      <FormField label={label('notes')} error={form.errorOf('notes')}>
        {(a) => <textarea {...a} {...bind('notes')} className="input" rows={3} maxLength={20000} />}
      </FormField>
    </div>
  )
}
