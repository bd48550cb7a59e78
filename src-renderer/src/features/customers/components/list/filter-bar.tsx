import { useTranslation } from 'react-i18next'
import type { Tag } from '../../../../../../src-shared/domain/customer-types'
import { Button } from '../../../../components/button'
import { hasFilters, useCustomerListStore } from '../../stores/list'

interface FilterBarProps {
  tags: readonly Tag[]
  cities: readonly string[]
  sources: readonly string[]
}

/** Tag chips (any of them), city, source and a created-date range; each applies at once. */
export function FilterBar({ tags, cities, sources }: FilterBarProps) {
  const { t } = useTranslation()
  const filters = useCustomerListStore((s) => s.filters)
  const setFilter = useCustomerListStore((s) => s.setFilter)
  const toggleTag = useCustomerListStore((s) => s.toggleTagFilter)
  const clear = useCustomerListStore((s) => s.clearFilters)
  return (
    <div className="filter-bar" role="group" aria-label={t('customers:ui.filters.label')}>
      {tags.length > 0 && (
        <ul className="filter-bar__tags" aria-label={t('customers:fields.tags')}>
          {tags.map((tag) => (
            <li key={tag.id}>
              <button
                type="button"
                className="tag-chip tag-chip--toggle"
                aria-pressed={filters.tagIds.includes(tag.id)}
                onClick={() => toggleTag(tag.id)}
              >
                {tag.name} <span className="tag-chip__count">{tag.usage}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <Choice
        label={t('customers:fields.city')}
        any={t('customers:ui.filters.anyCity')}
        value={filters.city}
        options={cities}
        onChange={(v) => setFilter('city', v)}
      />
      <Choice
        label={t('customers:fields.source')}
        any={t('customers:ui.filters.anySource')}
        value={filters.source}
        options={sources}
        onChange={(v) => setFilter('source', v)}
      />
      <label className="field-inline">
        <span>{t('customers:ui.filters.createdFrom')}</span>
        <input
          type="date"
          className="input input--sm"
          value={filters.createdFrom}
          max={filters.createdTo || undefined}
          onChange={(e) => setFilter('createdFrom', e.target.value)}
        />
      </label>
      <label className="field-inline">
        <span>{t('customers:ui.filters.createdTo')}</span>
        <input
          type="date"
          className="input input--sm"
          value={filters.createdTo}
          min={filters.createdFrom || undefined}
          onChange={(e) => setFilter('createdTo', e.target.value)}
        />
      </label>
      {hasFilters(filters) && (
        <Button size="sm" variant="ghost" onClick={clear}>
          {t('customers:ui.filters.clear')}
        </Button>
      )}
    </div>
  )
}

function Choice(props: { label: string; any: string; value: string; options: readonly string[]; onChange(value: string): void }) {
  return (
    <label className="field-inline">
      <span>{props.label}</span>
      <select className="input input--sm" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.any}</option>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  )
}
