import { useTranslation } from 'react-i18next'
import { EXCLUSION_REASONS } from '../../../../../src-shared/domain/consent'
import type { TargetCount } from '../../../../../src-shared/ipc/channels/target-lists'
import { useFormat } from '../../../lib/use-format'

export const excludedTotal = (count: TargetCount): number => EXCLUSION_REASONS.reduce((sum, r) => sum + count.excluded[r], 0)

/** The list's size, who is left out and why, and the rows the file will hold. */
export function ExclusionSummary({ count }: { count: TargetCount }) {
  const { t } = useTranslation('marketing-reach')
  const f = useFormat()
  const excluded = excludedTotal(count)
  return (
    <div className="stack target-export__summary">
      <p className="target-export__members" data-testid="target-members">
        {t('export.members', { count: count.members })}
      </p>
      {excluded > 0 && (
        <dl className="target-export__excluded" aria-label={t('export.excludedTitle')}>
          {EXCLUSION_REASONS.filter((r) => count.excluded[r] > 0).map((reason) => (
            <div key={reason} className="target-export__reason">
              <dt>{t(`export.reasons.${reason}`)}</dt>
              <dd className="tabular" data-testid={`excluded-${reason}`}>
                {f.number(count.excluded[reason])}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="target-export__rows" data-testid="target-rows">
        {count.rows === 0 ? t('export.empty') : t('export.rows', { count: count.rows, members: count.members, excluded })}
      </p>
    </div>
  )
}
