import { useTranslation } from 'react-i18next'
import { IN_FILE_POLICIES, type InFilePolicy } from '../../../../../src-shared/ipc/channels/csv-import'
import { SegmentedControl } from '../../../components/segmented-control'

/** What to do with rows of the file that are the same record: first wins, last wins, keep both, skip. */
export function InFilePolicyChooser({
  value,
  disabled,
  onChange,
}: {
  value: InFilePolicy
  disabled: boolean
  onChange(policy: InFilePolicy): void
}) {
  const { t } = useTranslation('csv', { keyPrefix: 'import.inFile' })
  return (
    <fieldset className="ie-policy" disabled={disabled}>
      <SegmentedControl
        label={t('legend')}
        value={value}
        options={IN_FILE_POLICIES.map((p) => ({ value: p, label: t(`policies.${p}`) }))}
        onChange={onChange}
        size="sm"
      />
    </fieldset>
  )
}
