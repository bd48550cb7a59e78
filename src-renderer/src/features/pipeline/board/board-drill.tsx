import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { DrillChip } from '../../../components/drill-chip'
import { drillOf, useNavigationStore } from '../../../stores/navigation'
import { useBoardStore } from '../stores/board'

/** The funnel stage a dashboard click opened the board on (drill-down), if any. */
export const useBoardDrill = () => useNavigationStore((s) => drillOf(s.route, 'pipeline'))

/**
 * Puts a drill-down on the board as its whole filter (every deal the funnel counted for the
 * stage, open or closed, each in the column it is in now) and takes it off when the route no
 * longer has one.
 */
export function useApplyBoardDrill(): void {
  const drill = useBoardDrill()
  useEffect(() => {
    const { filter, setFilter } = useBoardStore.getState()
    if (drill) setFilter({ drill: drill.filter })
    else if (filter.drill) setFilter({})
  }, [drill])
}

/** The drill-down's chip: what the board shows and how many deals, ✕ for the whole board. */
export function BoardDrillChip({ label }: { label: string }) {
  const { t } = useTranslation()
  const replace = useNavigationStore((s) => s.replace)
  const ready = useBoardStore((s) => s.status === 'ready' && s.filter.drill !== undefined)
  const count = useBoardStore((s) => s.columns.reduce((sum, c) => sum + c.count, 0))
  return (
    <DrillChip
      label={label}
      count={ready ? t('drill:chip.deals', { count }) : null}
      onClear={() => replace({ page: 'pipeline' })}
    />
  )
}
