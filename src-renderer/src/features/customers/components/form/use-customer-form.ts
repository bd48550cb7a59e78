import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { customerInput, type CustomerInputDraft } from '../../../../../../src-shared/domain/customer'
import type { CustomerDetail } from '../../../../../../src-shared/domain/customer-types'
import { call, IpcCallError } from '../../../../lib/ipc'
import { useFormat } from '../../../../lib/use-format'
import { validate, type FieldErrors } from '../../../../lib/validate'

export const FORM_FIELDS = ['name', 'phone', 'email', 'city', 'source', 'gender', 'birthday', 'address', 'code', 'notes'] as const
export type FormField = (typeof FORM_FIELDS)[number]
export type FormDraft = Record<FormField, string>

const emptyDraft = (): FormDraft => ({
  name: '',
  phone: '',
  email: '',
  city: '',
  source: '',
  gender: '',
  birthday: '',
  address: '',
  code: '',
  notes: '',
})

/** Inputs hold strings; the schema wants gender unset rather than ''. Blank text means "none". */
export function toInput(draft: FormDraft): CustomerInputDraft {
  const { gender, ...text } = draft
  return gender === '' ? text : { ...text, gender: gender as CustomerInputDraft['gender'] }
}

/**
 * The create form's state, validated on every change with the IPC's own schema in the UI
 * language. A field shows its error once the user has left it, or after a submit attempt;
 * errors the server finds (it re-validates) are shown the same way.
 */
export function useCustomerForm(onCreated: (customer: CustomerDetail) => void) {
  const { t } = useTranslation()
  const { locale } = useFormat()
  const [draft, setDraft] = useState(emptyDraft)
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(new Set())
  const [submitted, setSubmitted] = useState(false)
  const [serverErrors, setServerErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const checked = validate(customerInput, toInput(draft), locale, t)
  const errors: FieldErrors = checked.ok ? serverErrors : checked.errors

  return {
    draft,
    busy,
    errorOf: (field: FormField): string | undefined => (submitted || touched.has(field) ? errors[field] : undefined),
    change: (field: FormField, value: string): void => {
      setDraft((d) => ({ ...d, [field]: value }))
      setServerErrors(({ [field]: _dropped, ...rest }) => rest)
    },
    blur: (field: FormField): void => setTouched((s) => new Set(s).add(field)),
    /** Resolves to the first invalid field (to focus it), or null once created. */
    submit: async (): Promise<FormField | null> => {
      setSubmitted(true)
      if (!checked.ok) return firstInvalid(checked.errors)
      setBusy(true)
      try {
        const { customer } = await call('customers.create', toInput(draft))
        onCreated(customer)
        return null
      } catch (error) {
        if (!(error instanceof IpcCallError) || !error.error.issues?.length) throw error
        const fromServer = Object.fromEntries(error.error.issues.map((issue) => [issue.path, issue.message]))
        setServerErrors(fromServer)
        return firstInvalid(fromServer)
      } finally {
        setBusy(false)
      }
    },
  }
}

const firstInvalid = (errors: FieldErrors): FormField | null => FORM_FIELDS.find((f) => errors[f] !== undefined) ?? null
