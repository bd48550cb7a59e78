import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useDebouncedValue } from '../../../lib/use-debounced-value'
import { useQuery } from '../../../lib/use-query'
import { TargetExportDialog } from '../export'
import { BundleRule, type BundleRuleData } from './bundle-rule'
import { BundleThresholds, type Thresholds } from './bundle-thresholds'
import { targetDefinition } from './rule-words'

/** The engine returns the strongest rules (by confidence) first; the lift threshold filters those. */
const RULES = 200

/**
 * "Bought together": pair and triple rules from the order lines (the analytics engine's
 * apriori), thresholds adjustable, each rule in words and one click from a target segment.
 */
export function BundlesTab() {
  const { t } = useTranslation('marketing-reach')
  const run = useActionRunner()
  const [thresholds, setThresholds] = useState<Thresholds>({ supportPercent: 1, confidencePercent: 20, lift: 1 })
  const [exporting, setExporting] = useState<{ segmentId: number; name: string } | null>(null)
  const asked = useDebouncedValue(thresholds, 300)
  const query = useQuery(
    'analytics.bundles',
    { minSupport: asked.supportPercent / 100, minConfidence: asked.confidencePercent / 100, limit: RULES },
    { entities: ['orders', 'products'] },
  )
  const rules = query.data?.rules.filter((r) => r.lift >= asked.lift) ?? []
  const target = async (rule: BundleRuleData, names: { x: string; y: string }): Promise<void> => {
    const name = t('bundles.segmentName', names)
    const saved = await run(() => call('segments.save', { name, definition: targetDefinition(rule.antecedent, rule.consequent) }))
    if (!saved) return
    showToast({
      tone: 'success',
      message: t('bundles.created', { name: saved.name }),
      action: { label: t('bundles.exportList'), onAction: () => setExporting({ segmentId: saved.id, name: saved.name }) },
    })
  }
  return (
    <div className="stack bundles">
      <p className="muted">{t('bundles.intro')}</p>
      <BundleThresholds value={thresholds} onChange={setThresholds} />
      {query.data ? (
        <>
          <p className="muted">
            {t('bundles.shown', { count: rules.length })} · {t('bundles.basis', { count: query.data.basis.rows })}
          </p>
          {rules.length === 0 ? (
            <p>{t('bundles.none')}</p>
          ) : (
            <ul className="bundles__rules">
              {rules.map((rule) => (
                <BundleRule
                  key={`${rule.antecedent.map((p) => p.productId).join('+')}>${rule.consequent.map((p) => p.productId).join('+')}`}
                  rule={rule}
                  onTarget={(r, n) => void target(r, n)}
                />
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="muted">{t('bundles.loading')}</p>
      )}
      {exporting && (
        <TargetExportDialog
          source={{ kind: 'segment', segmentId: exporting.segmentId }}
          name={exporting.name}
          onClose={() => setExporting(null)}
        />
      )}
    </div>
  )
}
