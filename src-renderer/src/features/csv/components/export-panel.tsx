import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  EXPORT_ENCODINGS,
  EXPORT_KINDS,
  HEADER_STYLES,
  type ExportEncoding,
  type ExportKind,
  type HeaderStyle,
} from '../../../../../src-shared/ipc/channels/csv-export'
import { Button } from '../../../components/button'
import { Section } from '../../../components/section'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { initialPeriod, PeriodPicker, periodRange } from './period-picker'

/** Customers or orders as CSV, or the accountant pack for a period, to a folder or a zip. */
export function ExportPanel() {
  const { t } = useTranslation('csv', { keyPrefix: 'export' })
  const [kind, setKind] = useState<ExportKind>('accountant')
  const [period, setPeriod] = useState(initialPeriod)
  const [encoding, setEncoding] = useState<ExportEncoding>('utf8bom')
  const [headers, setHeaders] = useState<HeaderStyle>('ui')
  const [zip, setZip] = useState(true)
  const [busy, setBusy] = useState(false)
  const runAction = useActionRunner()
  const run = async (): Promise<void> => {
    setBusy(true)
    const range = kind === 'customers' ? {} : periodRange(period)
    const result = await runAction(() =>
      call('csv.export', { kind, ...range, encoding, headers, fileNames: headers, zip: kind === 'accountant' && zip }),
    )
    setBusy(false)
    if (result)
      showToast({
        message:
          result.files.length > 3
            ? t('doneFiles', { count: result.files.length })
            : t('done', { names: result.files.map((f) => f.name).join(', ') }),
        tone: 'success',
      })
  }
  return (
    <Section title={t('title')} card>
      <div className="cluster">
        <select className="input" aria-label={t('title')} value={kind} onChange={(e) => setKind(e.target.value as ExportKind)}>
          {EXPORT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
        <label className="field-inline">
          <span>{t('encoding')}</span>
          <select className="input" value={encoding} onChange={(e) => setEncoding(e.target.value as ExportEncoding)}>
            {EXPORT_ENCODINGS.map((c) => (
              <option key={c} value={c}>
                {t(`encodings.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline">
          <span>{t('headers')}</span>
          <select className="input" value={headers} onChange={(e) => setHeaders(e.target.value as HeaderStyle)}>
            {HEADER_STYLES.map((h) => (
              <option key={h} value={h}>
                {t(`headerStyles.${h}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {kind !== 'customers' && <PeriodPicker value={period} onChange={setPeriod} />}
      <div className="cluster">
        {kind === 'accountant' && (
          <label className="field-inline">
            <input type="checkbox" checked={zip} onChange={(e) => setZip(e.target.checked)} /> {t('zip')}
          </label>
        )}
        <Button variant="primary" disabled={busy} onClick={() => void run()}>
          {t('run')}
        </Button>
      </div>
    </Section>
  )
}
