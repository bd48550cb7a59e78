import { useTranslation } from 'react-i18next'
import type { RuleOf } from '../../../../../../../src-shared/domain/segment'
import { useQuery } from '../../../../../lib/use-query'
import { ProductPicker } from './product-picker'

type Rule = RuleOf<'bought'>
type WhenKind = 'ever' | 'never' | 'withinDays' | 'period'

const whenKind = (when: Rule['when']): WhenKind =>
  typeof when === 'string' ? when : 'withinDays' in when ? 'withinDays' : 'period'

const defaultWhen = (kind: WhenKind): Rule['when'] =>
  kind === 'withinDays' ? { withinDays: 90 } : kind === 'period' ? { from: '', to: '' } : kind

/** Bought a product or a category: ever, never, within the last N days, or between two days. */
export function BoughtControl({ rule, onChange }: { rule: Rule; onChange(next: Rule): void }) {
  const { t } = useTranslation()
  const categories = useQuery('products.categories', {}, { entities: ['products'] }).data ?? []
  const byProduct = 'productId' in rule.target
  const when = rule.when
  return (
    <>
      <select
        aria-label={t('marketing-segments:rules.kinds.bought')}
        value={byProduct ? 'product' : 'category'}
        onChange={(e) => onChange({ ...rule, target: e.target.value === 'product' ? { productId: 0 } : { category: '' } })}
      >
        <option value="product">{t('marketing-segments:rules.target.product')}</option>
        <option value="category">{t('marketing-segments:rules.target.category')}</option>
      </select>
      {'productId' in rule.target ? (
        <ProductPicker
          productId={rule.target.productId || null}
          onPick={(productId) => onChange({ ...rule, target: { productId } })}
        />
      ) : (
        <select
          aria-label={t('marketing-segments:rules.target.category')}
          value={rule.target.category}
          onChange={(e) => onChange({ ...rule, target: { category: e.target.value } })}
        >
          <option value="" disabled>
            {t('marketing-segments:rules.target.category')}
          </option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      )}
      <select
        aria-label={t('marketing-segments:rules.when.period')}
        value={whenKind(when)}
        onChange={(e) => onChange({ ...rule, when: defaultWhen(e.target.value as WhenKind) })}
      >
        {(['ever', 'never', 'withinDays', 'period'] as const).map((k) => (
          <option key={k} value={k}>
            {t(`marketing-segments:rules.when.${k}`)}
          </option>
        ))}
      </select>
      {typeof when !== 'string' && 'withinDays' in when && (
        <input
          type="number"
          min={1}
          className="segment-rule__number"
          aria-label={t('marketing-segments:rules.days')}
          value={when.withinDays}
          onChange={(e) => onChange({ ...rule, when: { withinDays: Math.round(Number(e.target.value)) } })}
        />
      )}
      {typeof when !== 'string' && 'from' in when && (
        <>
          <input
            type="date"
            aria-label={t('marketing-segments:rules.from')}
            value={when.from}
            onChange={(e) => onChange({ ...rule, when: { ...when, from: e.target.value } })}
          />
          <input
            type="date"
            aria-label={t('marketing-segments:rules.to')}
            value={when.to}
            onChange={(e) => onChange({ ...rule, when: { ...when, to: e.target.value } })}
          />
        </>
      )}
    </>
  )
}
