import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/button'
import { FormField } from '../../../../components/form-field'
import { showToast } from '../../../../components/toast'
import { call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'
import { useQuery } from '../../../../lib/use-query'

const MIN_DAYS = 1
const MAX_DAYS = 3650

/** Settings → Trash: how many days deleted customers stay before they are deleted for good. */
export function RetentionSection() {
  const { t } = useTranslation()
  const run = useActionRunner()
  const saved = useQuery('customers.retention', {}, { entities: ['settings'] }).data?.days
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | undefined>()
  const text = draft ?? (saved === undefined ? '' : String(saved))
  const save = async (): Promise<void> => {
    const days = Number(text)
    if (!Number.isInteger(days) || days < MIN_DAYS || days > MAX_DAYS) {
      setError(t('customers:ui.retention.invalid'))
      return
    }
    const result = await run(() => call('customers.setRetention', { days }))
    if (!result) return
    setDraft(null)
    showToast({ tone: 'success', message: t('customers:ui.retention.saved', { days: result.days }) })
  }
  return (
    <form className="retention-form" noValidate onSubmit={(event) => (event.preventDefault(), void save())}>
      <FormField label={t('customers:ui.retention.days')} hint={t('customers:ui.retention.hint')} error={error}>
        {(field) => (
          <input
            {...field}
            className="input tabular"
            type="number"
            inputMode="numeric"
            min={MIN_DAYS}
            max={MAX_DAYS}
            step={1}
            value={text}
            onChange={(event) => (setDraft(event.target.value), setError(undefined))}
          />
        )}
      </FormField>
      <Button type="submit" disabled={draft === null || draft === String(saved)}>
        {t('customers:ui.retention.save')}
      </Button>
    </form>
  )
}
