import { useTranslation } from 'react-i18next'
import type { FieldChange, ImportReport } from '../../../../../src-shared/ipc/channels/csv-import'
import { useFormat, type Formatters } from '../../../lib/use-format'
import { ReportTable } from './report-table'

/** The words a changed value may be shown with, in the UI language. */
interface Words {
  empty: string
  yes: string
  no: string
  gender(value: string): string
}

/** A changed value as the rest of the app shows it: money, dates, yes/no, gender by name. */
function shown(value: FieldChange['before'], kind: FieldChange['kind'], format: Formatters, words: Words): string {
  if (value === null || value === '') return words.empty
  if (typeof value === 'string' && kind === 'gender') return words.gender(value)
  if (typeof value === 'string')
    return kind === 'datetime' ? format.dateTime(value) : kind === 'date' ? format.date(value) : value
  if (kind === 'money') return format.money(value)
  if (kind === 'boolean') return value ? words.yes : words.no
  return format.number(value)
}

/** Existing records the file updates, each changed field old → new. */
export function UpdateList({ updates }: { updates: ImportReport['updates'] }) {
  const { t } = useTranslation(['csv', 'customers'])
  const format = useFormat()
  const words: Words = {
    empty: t('csv:import.updates.empty'),
    yes: t('csv:import.updates.yes'),
    no: t('csv:import.updates.no'),
    gender: (value) => t(`customers:gender.${value as 'female' | 'male' | 'other'}`),
  }
  if (updates.total === 0) return null
  return (
    <ReportTable
      title={t('csv:import.updates.title')}
      intro={<p>{t('csv:import.updates.summary', { count: format.number(updates.total) })}</p>}
      columns={[
        t('csv:import.row'),
        t('csv:import.updates.record'),
        t('csv:import.field'),
        t('csv:import.updates.before'),
        t('csv:import.updates.after'),
      ]}
      shown={updates.samples.length}
      total={updates.total}
    >
      {updates.samples.flatMap((u) =>
        (u.changes.length > 0 ? u.changes : [null]).map((c, i) => (
          <tr key={`${u.row}-${i}`}>
            {i === 0 && (
              <>
                <td className="tabular" rowSpan={Math.max(1, u.changes.length)}>
                  {u.row}
                </td>
                <td rowSpan={Math.max(1, u.changes.length)}>{u.label}</td>
              </>
            )}
            {c ? (
              <>
                <td>{t(`csv:import.fields.${c.field}`, { defaultValue: c.field })}</td>
                <td className="ie-old">{shown(c.before, c.kind, format, words)}</td>
                <td>{shown(c.after, c.kind, format, words)}</td>
              </>
            ) : (
              <td colSpan={3} className="muted">
                {t('csv:import.updates.noChange')}
              </td>
            )}
          </tr>
        )),
      )}
    </ReportTable>
  )
}
