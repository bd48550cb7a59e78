import { useTranslation } from 'react-i18next'
import type { ImportReport } from '../../../../../src-shared/ipc/channels/csv-import'
import { useFormat } from '../../../lib/use-format'
import { ReportTable } from './report-table'

/** The rows of the file that are one record, what ties them, and which of them are imported. */
export function InFileGroups({ duplicates }: { duplicates: ImportReport['inFileDuplicates'] }) {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  const format = useFormat()
  if (duplicates.groups === 0) return null
  const rowList = (rows: number[], size: number): string => rows.join(t('inFile.separator')) + (size > rows.length ? ' …' : '')
  const intro = (
    <p role="note" className="ie-flag">
      {t('inFile.summary', {
        count: duplicates.groups,
        rows: format.number(duplicates.rows),
        groups: format.number(duplicates.groups),
      })}
    </p>
  )
  return (
    <ReportTable
      title={t('inFile.title')}
      intro={intro}
      columns={[t('inFile.rows'), t('inFile.matchedOn'), t('inFile.kept')]}
      shown={duplicates.samples.length}
      total={duplicates.groups}
    >
      {duplicates.samples.map((g) => (
        <tr key={g.rows[0]}>
          <td className="tabular">{rowList(g.rows, g.size)}</td>
          <td>
            {t(`fields.${g.key}`, { defaultValue: g.key })} · {g.value}
          </td>
          <td className="tabular">{g.kept.length > 0 ? rowList(g.kept, g.kept.length) : t('inFile.none')}</td>
        </tr>
      ))}
    </ReportTable>
  )
}
