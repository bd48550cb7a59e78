import { useTranslation } from 'react-i18next'
import { IconButton } from './icon-button'

export interface DrillChipProps {
  /** What the list is narrowed to, in words ("Counted orders, 1–7 Dec"). */
  label: string
  /** How many records it holds, in words ("23 orders"); null while counting. */
  count: string | null
  /** Removes the drill-down: the whole list again. */
  onClear(): void
}

/** The filter a dashboard drill-down put on a list, with its count, removable. */
export function DrillChip({ label, count, onClear }: DrillChipProps) {
  const { t } = useTranslation()
  return (
    <div className="drill-chip" role="group" aria-label={t('drill:chip.label', { label })}>
      <span className="drill-chip__label">{label}</span>
      <span className="drill-chip__count" role="status">
        {count ?? t('common:loading')}
      </span>
      <IconButton icon="close" aria-label={t('drill:chip.clear', { label })} onClick={onClear} />
    </div>
  )
}
