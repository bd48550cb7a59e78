import { useState } from 'react'
import { useQuery } from '../../../lib/use-query'
import { SEGMENT_ENTITIES } from './entities'
import { LifecycleDistribution } from './lifecycle-distribution'
import { SegmentEditor } from './segment-editor'
import { SegmentList } from './segment-list'

/** The Segments tab: saved segments and the lifecycle distribution beside the segment being built. */
export function SegmentsTab() {
  const [selected, setSelected] = useState<number | null>(null)
  const { data: segments } = useQuery('segments.list', {}, { entities: SEGMENT_ENTITIES })
  const segment = segments?.find((s) => s.id === selected) ?? null
  return (
    <div className="segments-tab">
      <aside className="stack segments-tab__side">
        <SegmentList segments={segments} selected={selected} onSelect={setSelected} />
        <LifecycleDistribution />
      </aside>
      {/* A new key starts the editor afresh for each segment (and for a new one). */}
      <SegmentEditor key={segment?.id ?? 'new'} segment={segment} onSelect={setSelected} />
    </div>
  )
}
