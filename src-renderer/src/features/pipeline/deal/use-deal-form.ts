import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { dealFields, type DealFieldsDraft } from '../../../../../src-shared/domain/deal'
import type { DealDetail, PipelineStage } from '../../../../../src-shared/domain/deal-types'
import { call, IpcCallError } from '../../../lib/ipc'
import { useFormat } from '../../../lib/use-format'
import { translateMessage, validate, type FieldErrors } from '../../../lib/validate'
import type { PickedCustomer } from '../components/customer-picker'
import { moneyText, readMoney } from '../lib/money-input'

export const DEAL_FORM_FIELDS = ['title', 'customerId', 'value', 'stageId', 'expectedClose', 'probability', 'lostReason'] as const
export type DealFormField = (typeof DEAL_FORM_FIELDS)[number]

export interface DealDraft {
  title: string
  customer: PickedCustomer | null
  value: string
  stageId: string
  expectedClose: string
  /** Percent as typed. */
  probability: string
  lostReason: string
}

const percentText = (probability: number): string => String(Math.round(probability * 10_000) / 100)

export function draftOf(deal: DealDetail | undefined, stages: readonly PipelineStage[], currency: string): DealDraft {
  if (deal) {
    return {
      title: deal.title,
      customer: deal.customerId === null ? null : { id: deal.customerId, name: deal.customerName ?? '' },
      value: moneyText(deal.value, currency),
      stageId: String(deal.stageId),
      expectedClose: deal.expectedClose ?? '',
      probability: percentText(deal.probability),
      lostReason: deal.lostReason ?? '',
    }
  }
  const first = stages.find((s) => s.kind === 'open')
  return {
    title: '',
    customer: null,
    value: '',
    stageId: first ? String(first.id) : '',
    expectedClose: '',
    probability: first ? percentText(first.probability) : '',
    lostReason: '',
  }
}

/**
 * The deal form's state, validated as you type with the channel's own schema (`dealFields`) in
 * the UI language; errors the main process finds (a stale edit, a lost stage without a reason)
 * show on their fields the same way. Creates, or edits the deal it was opened on.
 */
export function useDealForm(
  initial: DealDraft,
  stages: readonly PipelineStage[],
  editing: DealDetail | undefined,
  onSaved: (deal: DealDetail) => void,
) {
  const { t } = useTranslation()
  const { locale, currency } = useFormat()
  const [draft, setDraft] = useState(initial)
  const [touched, setTouched] = useState<ReadonlySet<DealFormField>>(new Set())
  const [submitted, setSubmitted] = useState(false)
  const [serverErrors, setServerErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<{ message: string; stale: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  const value = readMoney(draft.value, currency)
  const input: DealFieldsDraft = {
    title: draft.title,
    value: value.ok ? (value.value ?? 0) : 0,
    stageId: Number(draft.stageId),
    customerId: draft.customer?.id ?? null,
    expectedClose: draft.expectedClose || null,
    ...(draft.probability.trim() !== '' && { probability: Number(draft.probability) / 100 }),
    lostReason: draft.lostReason,
  }
  const checked = validate(dealFields, input, locale, t)
  const errors: FieldErrors = { ...(checked.ok ? serverErrors : checked.errors) }
  if (!value.ok) errors.value = translateMessage(value.message, t)
  const lost = stages.find((s) => String(s.id) === draft.stageId)?.kind === 'lost'
  if (lost && draft.lostReason.trim() === '') errors.lostReason ??= t('pipeline:lost.required')

  const submit = async (): Promise<DealFormField | null> => {
    setSubmitted(true)
    const invalid = DEAL_FORM_FIELDS.find((f) => errors[f] !== undefined)
    if (invalid || !checked.ok) return invalid ?? null
    setBusy(true)
    setFormError(null)
    try {
      const saved = editing
        ? await call('deals.update', { id: editing.id, updatedAt: editing.updatedAt, patch: input })
        : await call('deals.create', input)
      onSaved(saved)
      return null
    } catch (error) {
      if (!(error instanceof IpcCallError)) throw error
      const fields = error.error.issues ?? []
      if (error.error.code === 'deal_lost_reason_required') fields.push({ path: 'lostReason', message: error.error.message })
      if (fields.length === 0) {
        setFormError({ message: error.message, stale: error.error.code === 'stale_edit' })
        return null
      }
      setServerErrors(Object.fromEntries(fields.map((issue) => [issue.path, issue.message])))
      return DEAL_FORM_FIELDS.find((f) => fields.some((issue) => issue.path === f)) ?? null
    } finally {
      setBusy(false)
    }
  }

  return {
    draft,
    lost,
    busy,
    formError,
    errorOf: (field: DealFormField): string | undefined => (submitted || touched.has(field) ? errors[field] : undefined),
    change: <K extends keyof DealDraft>(field: K, next: DealDraft[K]): void => {
      setDraft((d) => ({ ...d, [field]: next }))
      setServerErrors({})
    },
    /** A new stage brings its probability along (the deal follows the stage unless changed here). */
    changeStage: (stage: PipelineStage | undefined): void => {
      if (!stage) return
      setDraft((d) => ({ ...d, stageId: String(stage.id), probability: percentText(stage.probability) }))
      setServerErrors({})
    },
    blur: (field: DealFormField): void => setTouched((s) => new Set(s).add(field)),
    submit,
  }
}
