import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  EXPORT_ENCODINGS, EXPORT_KINDS, HEADER_STYLES, type ExportEncoding, type ExportKind, type HeaderStyle,
} from '../../../../../src-shared/ipc/channels/csv-export'
import { Button } from '../../../components/button'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { errorMessage } from '../lib/error-message'
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
  const run = async (): Promise<void> => {
    setBusy(true)
    try {
      const range = kind === 'customers' ? {} : periodRange(period)
      const result = await call('csv.export', { kind, ...range, encoding, headers, zip: kind === 'accountant' && zip })
      if (result) showToast({ message: t('done', { count: result.files.length }), tone: 'success' })
    } catch (error) {
      showToast({ message: errorMessage(error), tone: 'error' })
    } finally {
      setBusy(false)
    }
  }
  return (
    <section className="ie-card" aria-labelledby="ie-export">
      <h2 id="ie-export">{t('title')}</h2>
      <div className="ie-row">
        <select aria-label={t('title')} value={kind} onChange={(e) => setKind(e.target.value as ExportKind)}>
          {EXPORT_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
        </select>
        <label className="ie-field">
          <span>{t('encoding')}</span>
          <select value={encoding} onChange={(e) => setEncoding(e.target.value as ExportEncoding)}>
            {EXPORT_ENCODINGS.map((c) => <option key={c} value={c}>{t(`encodings.${c}`)}</option>)}
          </select>
        </label>
        <label className="ie-field">
          <span>{t('headers')}</span>
          <select value={headers} onChange={(e) => setHeaders(e.target.value as HeaderStyle)}>
            {HEADER_STYLES.map((h) => <option key={h} value={h}>{t(`headerStyles.${h}`)}</option>)}
          </select>
        </label>
      </div>
      {kind !== 'customers' && <PeriodPicker value={period} onChange={setPeriod} />}
      <div className="ie-row">
        {kind === 'accountant' && (
          <label className="ie-check"><input type="checkbox" checked={zip} onChange={(e) => setZip(e.target.checked)} /> {t('zip')}</label>
        )}
        <Button variant="primary" disabled={busy} onClick={() => void run()}>{t('run')}</Button>
      </div>
    </section>
  )
}
