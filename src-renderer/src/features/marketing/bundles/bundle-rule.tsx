import { useTranslation } from 'react-i18next'
import type { BundleProduct, BundlesResult } from '../../../../../src-shared/domain/analytics'
import { Button } from '../../../components/button'
import { useFormat } from '../../../lib/use-format'
import { inWords } from './rule-words'

export type BundleRuleData = BundlesResult['rules'][number]

export interface BundleRuleProps {
  rule: BundleRuleData
  onTarget(rule: BundleRuleData, names: { x: string; y: string }): void
}

/** One rule: the products, the rule in words, its figures, and "target buyers of X who never bought Y". */
export function BundleRule({ rule, onTarget }: BundleRuleProps) {
  const { t } = useTranslation('marketing-reach')
  const f = useFormat()
  const names = (products: BundleProduct[]): string => products.map((p) => p.name).join(t('bundles.and'))
  const x = names(rule.antecedent)
  const y = names(rule.consequent)
  const { k, n } = inWords(rule.confidence)
  const lift = f.number(rule.lift, 1)
  // A lift that rounds to 1.0 is no pull at all: "1× more than average" would mislead.
  const pull = Math.round(rule.lift * 10) === 10 ? 'same' : rule.lift > 1 ? 'more' : 'less'
  return (
    <li className="bundles__rule" data-testid="bundle-rule">
      <h3 className="bundles__rule-title">{t('bundles.rule', { x, y })}</h3>
      <p className="bundles__words">{t(`bundles.words_${pull}`, { k, n, x, y, lift })}</p>
      <p className="muted">
        {t('bundles.support', { count: rule.count, percent: f.percent(rule.support, 1) })}{' '}
        <span className="tabular">
          {t('bundles.figures', { support: f.percent(rule.support, 1), confidence: f.percent(rule.confidence, 0), lift })}
        </span>
      </p>
      <div>
        <Button size="sm" icon="plus" onClick={() => onTarget(rule, { x, y })}>
          {t('bundles.target', { x, y })}
        </Button>
      </div>
    </li>
  )
}
