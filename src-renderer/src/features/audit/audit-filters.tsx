import { useTranslation } from 'react-i18next'
import { AUDIT_ACTIONS, type AuditAction } from '../../../../src-shared/ipc/channels/audit'
import type { DataEntity } from '../../../../src-shared/ipc/events'
import { Button } from '../../components/button'
import { DateRangeInputs } from '../../components/date-range-inputs'
import { SearchField } from '../../components/search-field'
import { useQuery } from '../../lib/use-query'

/** What the owner typed and picked; days are local calendar days (`YYYY-MM-DD`). */
export interface AuditFilterDraft {
  entity: string
  action: AuditAction | ''
  from: string
  to: string
  text: string
}

export const NO_FILTER: AuditFilterDraft = { entity: '', action: '', from: '', to: '', text: '' }

/** Record kind, action, a span of days and a search in before/after, on one wrapping row. */
export function AuditFilters({
  value,
  entities: tables,
  onChange,
}: {
  value: AuditFilterDraft
  /** The tables whose changes may add a kind of record to the log. */
  entities: DataEntity[]
  onChange(next: AuditFilterDraft): void
}) {
  const { t } = useTranslation()
  const entities = useQuery('audit.entities', {}, { entities: tables }).data ?? []
  const set = <K extends keyof AuditFilterDraft>(key: K, next: AuditFilterDraft[K]): void => onChange({ ...value, [key]: next })
  return (
    <fieldset className="fieldset-plain cluster audit-filters" aria-label={t('audit:filters.label')}>
      <AnySelect
        label={t('audit:filters.entity')}
        any={t('audit:filters.any')}
        value={value.entity}
        options={entities.map((entity) => ({ value: entity, label: t(`audit:entities.${entity}`, { defaultValue: entity }) }))}
        onChange={(entity) => set('entity', entity)}
      />
      <AnySelect
        label={t('audit:filters.action')}
        any={t('audit:filters.any')}
        value={value.action}
        options={AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`audit:actions.${action}`) }))}
        onChange={(action) => set('action', action as AuditAction | '')}
      />
      <DateRangeInputs
        value={{ from: value.from || undefined, to: value.to || undefined }}
        fromLabel={t('audit:filters.from')}
        toLabel={t('audit:filters.to')}
        onChange={(range) => onChange({ ...value, from: range.from ?? '', to: range.to ?? '' })}
      />
      <SearchField
        value={value.text}
        label={t('audit:filters.text')}
        placeholder={t('audit:filters.text')}
        onChange={(text) => set('text', text)}
      />
      <Button
        size="sm"
        variant="ghost"
        disabled={JSON.stringify(value) === JSON.stringify(NO_FILTER)}
        onClick={() => onChange(NO_FILTER)}
      >
        {t('audit:filters.clear')}
      </Button>
    </fieldset>
  )
}

/** A labelled choice whose first option, the empty value, means "any". */
function AnySelect(props: {
  label: string
  any: string
  value: string
  options: { value: string; label: string }[]
  onChange(next: string): void
}) {
  return (
    <label className="field-inline">
      <span>{props.label}</span>
      <select
        className="input input--sm"
        aria-label={props.label}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">{props.any}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}
