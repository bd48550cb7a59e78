import { useTranslation } from 'react-i18next'
import { customerPatch, type CustomerInputDraft } from '../../../../../../src-shared/domain/customer'
import type { CustomerDetail } from '../../../../../../src-shared/domain/customer-types'
import { call } from '../../../../lib/ipc'
import { useFormat } from '../../../../lib/use-format'
import { validate } from '../../../../lib/validate'

/** A single-field patch as typed in an inline editor. */
export type PatchDraft = Partial<CustomerInputDraft>

/**
 * Inline edits: validates a patch with the IPC's own schema (in the UI language) before
 * sending it. Resolves to the saved customer, or to the first error message to show.
 */
export function useCustomerUpdate(id: number) {
  const { t } = useTranslation()
  const { locale } = useFormat()
  return {
    check: (patch: PatchDraft): string | null => {
      const result = validate(customerPatch, patch, locale, t)
      return result.ok ? null : (Object.values(result.errors)[0] ?? null)
    },
    save: (patch: PatchDraft): Promise<CustomerDetail> => call('customers.update', { id, patch }),
  }
}
