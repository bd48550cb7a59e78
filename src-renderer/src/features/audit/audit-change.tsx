import { useTranslation } from 'react-i18next'
import type { AuditRow } from '../../../../src-shared/ipc/channels/audit'
import { useEnumLabel } from '../../lib/use-enum-label'
import { useFormat } from '../../lib/use-format'
import { camel } from './audit-enums'
import { describeChange, humanize, type ChangeLine, type Shown } from './describe-change'

/** "What changed" of one log row: a sentence, or each field's before → after. */
export function AuditChange({ row }: { row: AuditRow }) {
  const { t } = useTranslation()
  const f = useFormat()
  const label = useEnumLabel()
  const value = (shown: Shown | undefined): string => {
    if (shown === undefined || shown.kind === 'empty') return t('audit:words.empty')
    if (shown.kind === 'flag') return t(shown.value ? 'audit:words.yes' : 'audit:words.no')
    if (shown.kind === 'money') return f.money(shown.value)
    if (shown.kind === 'time') return f.dateTime(shown.value)
    if (shown.kind === 'enum') return label(shown.name, shown.value)
    return shown.value
  }
  const line = (change: ChangeLine): string => {
    if (change.kind === 'note') return t(`audit:words.${change.key}`, { count: change.orders })
    if (change.kind === 'more') return t('audit:words.more', { count: change.count })
    // A person's name and a thing's name are different words in Chinese (姓名, 名称).
    const key = camel(change.field) === 'name' && row.entity !== 'customer' ? 'itemName' : camel(change.field)
    const field = t(`audit:fields.${key}`, { defaultValue: humanize(change.field) })
    if (change.before === undefined) return `${field}: ${value(change.after)}`
    if (change.after === undefined) return `${field}: ${value(change.before)}`
    return `${field}: ${value(change.before)} → ${value(change.after)}`
  }
  return (
    <ul className="audit-change">
      {describeChange(row).map((change, index) => (
        <li key={index}>{line(change)}</li>
      ))}
    </ul>
  )
}
