import { useTranslation } from 'react-i18next'
import {
  DELIMITER_CHOICES,
  ENCODING_CHOICES,
  IMPORT_KINDS,
  type ImportKind,
} from '../../../../../src-shared/ipc/channels/csv-import'
import { Button } from '../../../components/button'
import { useFormat } from '../../../lib/use-format'
import type { DelimiterChoice, EncodingChoice, ImportWizard } from '../hooks/use-import-wizard'

const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as const satisfies Record<
  DelimiterChoice,
  string
>
const delimiterName = (d: string) => DELIMITER_NAMES[d as DelimiterChoice] ?? 'comma'

/** Step 1: what the file holds, the file itself (main-process dialog), encoding and delimiter. */
export function FileStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  const f = useFormat()
  const { analysis } = wizard
  return (
    <div className="stack">
      <label className="field-inline">
        <span>{t('kindLabel')}</span>
        <select className="input" value={wizard.kind} onChange={(e) => wizard.chooseKind(e.target.value as ImportKind)}>
          {IMPORT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="cluster">
        <Button variant={analysis ? 'secondary' : 'primary'} icon="import-export" onClick={() => void wizard.pick()}>
          {analysis ? t('chooseAnother') : t('chooseFile')}
        </Button>
        <span role="status">
          {analysis
            ? `${analysis.fileName} · ${t('detected', {
                size: f.number(Math.ceil(analysis.size / 1024)) + ' KB',
                encoding: analysis.encoding,
                delimiter: t(`delimiterNames.${delimiterName(analysis.delimiter)}`),
                columns: analysis.header.length,
              })}`
            : t('noFile')}
        </span>
      </div>
      {analysis && (
        <div className="cluster">
          <label className="field-inline">
            <span>{t('encoding')}</span>
            <select
              className="input"
              value={wizard.encoding}
              onChange={(e) => wizard.chooseEncoding(e.target.value as EncodingChoice)}
            >
              {ENCODING_CHOICES.map((c) => (
                <option key={c} value={c}>
                  {t(`encodings.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field-inline">
            <span>{t('delimiter')}</span>
            <select
              className="input"
              value={wizard.delimiter ?? ''}
              onChange={(e) => wizard.chooseDelimiter((e.target.value || undefined) as DelimiterChoice | undefined)}
            >
              <option value="">{t('delimiterNames.auto')}</option>
              {DELIMITER_CHOICES.map((d) => (
                <option key={d} value={d}>
                  {t(`delimiterNames.${DELIMITER_NAMES[d]}`)}
                </option>
              ))}
            </select>
          </label>
          <Button variant="primary" onClick={() => wizard.setStep('mapping')}>
            {t('next')}
          </Button>
        </div>
      )}
    </div>
  )
}
