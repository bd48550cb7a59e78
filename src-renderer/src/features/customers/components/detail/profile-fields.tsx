import { useTranslation } from 'react-i18next'
import { GENDERS, type Gender } from '../../../../../../src-shared/domain/customer'
import type { CustomerDetail } from '../../../../../../src-shared/domain/customer-types'
import { useFormat } from '../../../../lib/use-format'
import { InlineField, type EditorProps } from '../../../../components/inline-field'
import { useCustomerUpdate } from './use-customer-update'

type TextField = 'name' | 'phone' | 'email' | 'address' | 'city' | 'source' | 'code'
const TEXT_FIELDS: TextField[] = ['name', 'phone', 'email', 'city', 'address', 'source', 'code']

/** The profile as a list of inline-editable fields. */
export function ProfileFields({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation()
  const format = useFormat()
  const update = useCustomerUpdate(customer.id)
  const field = (name: TextField | 'gender' | 'birthday') => ({
    label: t(`customers:fields.${name}`),
    value: customer[name] ?? '',
    check: (text: string) => update.check(patchOf(name, text)),
    save: (text: string) => update.save(patchOf(name, text)),
  })
  return (
    <dl className="inline-fields">
      {TEXT_FIELDS.map((name) => (
        <InlineField key={name} {...field(name)} />
      ))}
      <InlineField
        {...field('gender')}
        display={customer.gender ? t(`customers:gender.${customer.gender}`) : undefined}
        editor={(props) => (
          <GenderSelect {...props} unspecified={t('customers:ui.form.unspecified')} label={(g) => t(`customers:gender.${g}`)} />
        )}
      />
      <InlineField
        {...field('birthday')}
        display={customer.birthday ? format.date(customer.birthday) : undefined}
        editor={({ onChange, ...props }) => <input {...props} type="date" onChange={(e) => onChange(e.target.value)} />}
      />
    </dl>
  )
}

/** Text as typed; an emptied gender means "not specified" (null), not an invalid ''. */
function patchOf(name: TextField | 'gender' | 'birthday', text: string) {
  if (name !== 'gender') return { [name]: text }
  return { gender: text === '' ? null : (text as Gender) }
}

function GenderSelect({
  onChange,
  unspecified,
  label,
  ...props
}: EditorProps & { unspecified: string; label(g: Gender): string }) {
  return (
    <select {...props} onChange={(e) => onChange(e.target.value)}>
      <option value="">{unspecified}</option>
      {GENDERS.map((g) => (
        <option key={g} value={g}>
          {label(g)}
        </option>
      ))}
    </select>
  )
}
