import { useTranslation } from 'react-i18next'
import { Button } from '../../components/button'

/** Newer / older pages of the log, `size` rows at a time; nothing when it fits on one page. */
export function AuditPager({
  offset,
  size,
  total,
  onOffset,
}: {
  offset: number
  size: number
  total: number
  onOffset(next: number): void
}) {
  const { t } = useTranslation()
  if (total <= size) return null
  return (
    <div className="pager cluster">
      <Button size="sm" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - size))}>
        {t('audit:newer')}
      </Button>
      <span className="tabular">
        {offset + 1}–{Math.min(offset + size, total)} / {total}
      </span>
      <Button size="sm" disabled={offset + size >= total} onClick={() => onOffset(offset + size)}>
        {t('audit:older')}
      </Button>
    </div>
  )
}
