import { useTranslation } from 'react-i18next'
import type { SegmentDefinition, SegmentGroup } from '../../../../../../src-shared/domain/segment'
import { Button } from '../../../../components/button'
import { IconButton } from '../../../../components/icon-button'
import { SegmentedControl } from '../../../../components/segmented-control'
import { defaultRule } from './rule-defaults'
import { RuleRow } from './rule-row'

const NS = 'marketing-segments:builder'

export interface DefinitionBuilderProps {
  value: SegmentDefinition
  onChange(next: SegmentDefinition): void
}

/** Groups of filters: each group matches all or any of its filters, and the segment all or any of its groups. */
export function DefinitionBuilder({ value, onChange }: DefinitionBuilderProps) {
  const { t } = useTranslation()
  const matchOptions = (['all', 'any'] as const).map((m) => ({ value: m, label: t(`${NS}.match.${m}`) }))
  const setGroup = (index: number, group: SegmentGroup | null): void => {
    const groups = value.groups.flatMap((g, i) => (i !== index ? [g] : group && group.rules.length > 0 ? [group] : []))
    onChange({ ...value, groups })
  }
  return (
    <div className="segment-builder">
      <div className="cluster">
        <span>{t(`${NS}.groupsMatch`, { match: t(`${NS}.match.${value.match}`) })}</span>
        <SegmentedControl
          size="sm"
          label={t(`${NS}.groupsMatch`, { match: '' })}
          hideLabel
          value={value.match}
          options={matchOptions}
          onChange={(match) => onChange({ ...value, match })}
        />
      </div>
      {value.groups.map((group, gi) => (
        <section key={gi} className="segment-group" aria-label={t(`${NS}.group`, { n: gi + 1 })}>
          <div className="cluster segment-group__head">
            <strong>{t(`${NS}.group`, { n: gi + 1 })}</strong>
            <span className="muted">{t(`${NS}.groupMatch`, { match: t(`${NS}.match.${group.match}`) })}</span>
            <SegmentedControl
              size="sm"
              label={t(`${NS}.groupMatch`, { match: '' })}
              hideLabel
              value={group.match}
              options={matchOptions}
              onChange={(match) => setGroup(gi, { ...group, match })}
            />
            {value.groups.length > 1 && (
              <IconButton icon="trash" aria-label={t(`${NS}.removeGroup`)} onClick={() => setGroup(gi, null)} />
            )}
          </div>
          <ul className="segment-group__rules">
            {group.rules.map((rule, ri) => (
              <RuleRow
                key={ri}
                rule={rule}
                onChange={(next) => setGroup(gi, { ...group, rules: group.rules.map((r, i) => (i === ri ? next : r)) })}
                onRemove={() => setGroup(gi, { ...group, rules: group.rules.filter((_, i) => i !== ri) })}
              />
            ))}
          </ul>
          <Button
            size="sm"
            icon="plus"
            onClick={() => setGroup(gi, { ...group, rules: [...group.rules, defaultRule('orderCount')] })}
          >
            {t(`${NS}.addRule`)}
          </Button>
        </section>
      ))}
      <Button
        size="sm"
        icon="plus"
        onClick={() => onChange({ ...value, groups: [...value.groups, { match: 'all', rules: [defaultRule('neverBought')] }] })}
      >
        {t(`${NS}.addGroup`)}
      </Button>
    </div>
  )
}
