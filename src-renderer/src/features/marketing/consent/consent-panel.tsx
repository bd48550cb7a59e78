import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CONSENT_SOURCES, CONSENT_VALUES, type CustomerConsent } from '../../../../../src-shared/domain/consent'
import { todayIso } from '../../../../../src-shared/domain/form-fields'
import { Button } from '../../../components/button'
import { FormField } from '../../../components/form-field'
import { SegmentedControl } from '../../../components/segmented-control'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useQuery } from '../../../lib/use-query'
import type { RecordPanelProps } from '../../../registries/record-panels'

type Draft = Omit<CustomerConsent, 'customerId'>

/**
 * The customer page's marketing consent: the answer with its day and how it was given, the
 * do-not-contact flag and the WeChat ID. Saved together; the toast offers Undo.
 */
export function ConsentPanel({ recordId: customerId }: RecordPanelProps) {
  const { t } = useTranslation('marketing-reach')
  const run = useActionRunner()
  const saved = useQuery('consent.get', { customerId }, { entities: ['customers'] }).data
  const [draft, setDraft] = useState<Draft | null>(null)
  useEffect(() => {
    if (!saved) return
    const { customerId: _id, ...settings } = saved
    setDraft(settings)
  }, [saved])
  if (!draft || !saved) return null
  const set = (patch: Partial<Draft>): void => setDraft({ ...draft, ...patch })
  const known = draft.consent !== 'unknown'
  const changed = (Object.keys(draft) as (keyof Draft)[]).some((key) => (draft[key] ?? '') !== (saved[key] ?? ''))
  const save = async (): Promise<void> => {
    const result = await run(() =>
      call('consent.set', {
        ids: [customerId],
        patch: {
          ...draft,
          on: known ? draft.on || null : null,
          source: known ? draft.source : null,
          wechatId: draft.wechatId ?? '',
        },
      }),
    )
    if (!result) return
    showToast({
      tone: 'success',
      message: t('consent.saved'),
      action: {
        label: t('consent.undo'),
        onAction: () => void run(() => call('consent.undo', { batch: result.batch })),
      },
    })
  }
  return (
    <div className="stack consent-panel">
      <SegmentedControl
        label={t('consent.consent')}
        size="sm"
        value={draft.consent}
        options={CONSENT_VALUES.map((value) => ({ value, label: t(`consent.values.${value}`) }))}
        onChange={(consent) => set({ consent, on: consent === 'unknown' ? null : (draft.on ?? todayIso()) })}
      />
      {known && (
        <div className="cluster">
          <FormField label={t('consent.on')}>
            {(control) => (
              <input
                {...control}
                type="date"
                className="input"
                value={draft.on ?? ''}
                onChange={(e) => set({ on: e.target.value || null })}
              />
            )}
          </FormField>
          <FormField label={t('consent.source')}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={draft.source ?? ''}
                onChange={(e) => set({ source: (e.target.value || null) as Draft['source'] })}
              >
                <option value="">{t('consent.noSource')}</option>
                {CONSENT_SOURCES.map((source) => (
                  <option key={source} value={source}>
                    {t(`consent.sources.${source}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
      )}
      <label className="field-inline">
        <input type="checkbox" checked={draft.doNotContact} onChange={(e) => set({ doNotContact: e.target.checked })} />
        <span>{t('consent.doNotContact')}</span>
      </label>
      {draft.doNotContact && <p className="muted">{t('consent.doNotContactHint')}</p>}
      <FormField label={t('consent.wechatId')}>
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={64}
            value={draft.wechatId ?? ''}
            onChange={(e) => set({ wechatId: e.target.value })}
          />
        )}
      </FormField>
      <p className="muted">{t('consent.law')}</p>
      <div>
        <Button size="sm" variant="primary" disabled={!changed} onClick={() => void save()}>
          {t('consent.save')}
        </Button>
      </div>
    </div>
  )
}
