import { useTranslation } from 'react-i18next'
import { segmentDefinition, type SegmentDefinition } from '../../../../../src-shared/domain/segment'
import { errorMessage } from '../../../lib/ipc'
import { useDebouncedValue } from '../../../lib/use-debounced-value'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import { SEGMENT_ENTITIES } from './entities'
import { PreviewTable } from './preview-table'

const PREVIEW_ROWS = 10

/**
 * The live count and the first rows of a definition being built: asked 300 ms after the last
 * change, only once the definition passes its schema; an answer overtaken by a newer question
 * is dropped (useQuery), and the previous count stays up, dimmed, while the next one comes.
 */
export function SegmentResult({ definition }: { definition: SegmentDefinition }) {
  const { t } = useTranslation()
  const f = useFormat()
  const settled = useDebouncedValue(definition, 300)
  const valid = segmentDefinition.safeParse(settled).success ? settled : null
  const count = useQuery('segments.count', valid && { definition: valid }, { entities: SEGMENT_ENTITIES })
  const preview = useQuery('segments.preview', valid && { definition: valid, limit: PREVIEW_ROWS }, {
    entities: SEGMENT_ENTITIES,
  })
  const stale = settled !== definition || count.loading
  return (
    <div className="stack segment-result">
      <div className="segment-count" aria-live="polite">
        <span className="muted">{t('marketing-segments:count.label')}</span>
        {valid === null ? (
          <span className="muted">{t('marketing-segments:builder.incomplete')}</span>
        ) : count.error ? (
          <span role="alert">{t('marketing-segments:count.failed', { message: errorMessage(count.error) })}</span>
        ) : (
          <strong className={`segment-count__value${stale ? ' is-stale' : ''}`} data-testid="segment-count">
            {count.data ? f.number(count.data.count) : t('marketing-segments:count.counting')}
          </strong>
        )}
        {count.data?.asOf && (
          <span className="muted">{t('marketing-segments:count.asOf', { date: f.date(count.data.asOf) })}</span>
        )}
      </div>
      {valid !== null && preview.data && <PreviewTable rows={preview.data.rows} />}
    </div>
  )
}
