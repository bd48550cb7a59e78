import { useTranslation } from 'react-i18next'
import { normalizePhone } from '../../../../../../src-shared/domain/phone'
import { useDebouncedValue } from '../../../../lib/use-debounced-value'
import { useQuery } from '../../../../lib/use-query'
import { CUSTOMER_ENTITIES } from '../../api/entities'

/** Wait for a pause in typing before asking: a duplicate check per keystroke is noise. */
const DUPLICATE_DEBOUNCE_MS = 250

interface DuplicateWarningProps {
  phone: string
  email: string
  /** The customer being edited, which is not its own duplicate. */
  excludeId?: number
  onOpen(id: number): void
}

/** "A customer with this phone already exists: 张三 — Open", live while typing. */
export function DuplicateWarning({ phone, email, excludeId, onOpen }: DuplicateWarningProps) {
  const { t } = useTranslation()
  const settledPhone = useDebouncedValue(phone.trim(), DUPLICATE_DEBOUNCE_MS)
  const settledEmail = useDebouncedValue(email.trim(), DUPLICATE_DEBOUNCE_MS)
  const askPhone = normalizePhone(settledPhone) !== null
  const askEmail = settledEmail.includes('@')
  const input =
    askPhone || askEmail
      ? {
          ...(askPhone ? { phone: settledPhone } : {}),
          ...(askEmail ? { email: settledEmail } : {}),
          ...(excludeId ? { excludeId } : {}),
        }
      : null
  const matches = useQuery('customers.findDuplicates', input, { entities: CUSTOMER_ENTITIES }).data ?? []
  const shown = input ? matches : []
  return (
    <div role="status" aria-live="polite" className="duplicate-warning">
      {shown.length > 0 && (
        <ul>
          {shown.map((match) => (
            <li key={`${match.id}-${match.matchedOn}`}>
              {t(match.matchedOn === 'phone' ? 'customers:ui.form.duplicatePhone' : 'customers:ui.form.duplicateEmail', {
                name: match.name,
              })}{' '}
              <button type="button" className="link-button" onClick={() => onOpen(match.id)}>
                {t('customers:ui.form.openDuplicate')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
