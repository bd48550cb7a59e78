import { useTranslation } from 'react-i18next'
import type { SegmentRule, SegmentRuleKind } from '../../../../../../src-shared/domain/segment'
import { IconButton } from '../../../../components/icon-button'
import { defaultRule, RULE_KINDS } from './rule-defaults'
import { RuleControl } from './rule-control'

export interface RuleRowProps {
  rule: SegmentRule
  onChange(next: SegmentRule): void
  onRemove(): void
}

/** One filter: its kind, then its inputs, then Remove. Changing the kind starts that kind afresh. */
export function RuleRow({ rule, onChange, onRemove }: RuleRowProps) {
  const { t } = useTranslation()
  return (
    <li className="segment-rule">
      <select
        aria-label={t('marketing-segments:rules.kind')}
        value={rule.kind}
        onChange={(e) => onChange(defaultRule(e.target.value as SegmentRuleKind))}
      >
        {RULE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`marketing-segments:rules.kinds.${k}`)}
          </option>
        ))}
      </select>
      <RuleControl rule={rule} onChange={onChange} />
      <IconButton icon="close" aria-label={t('marketing-segments:builder.removeRule')} onClick={onRemove} />
    </li>
  )
}
