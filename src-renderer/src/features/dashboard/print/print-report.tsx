import { useEffect } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/button'
import { fileStem } from '../../../components/chart/chart-export-menu'
import { setPrinting, usePrintMode, whenPrintReady } from '../../../components/chart/print-mode'
import { showToast } from '../../../components/toast'
import { call, IpcCallError } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useFormat } from '../../../lib/use-format'
import { useDashboardPeriod } from '../period/period-store'
import './print-report.css'

/**
 * "Print report" and the report's printed header. The page goes into print mode (charts as SVG,
 * light theme), then the main process asks where and prints the window to an A4 PDF. Where the
 * main process cannot print (the browser harness for a person) the browser's own Print does it,
 * with the same stylesheet; Ctrl+P takes the same path through `beforeprint`.
 */
export function PrintReport() {
  const { t } = useTranslation()
  const format = useFormat()
  const range = useDashboardPeriod((s) => s.range)
  const run = useActionRunner()
  const printing = usePrintMode((s) => s.printing)
  const period = { from: format.date(range.from), to: format.date(range.to) }

  useEffect(() => {
    const before = (): void => flushSync(() => setPrinting(true))
    const after = (): void => setPrinting(false)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])

  const print = () =>
    run(async () => {
      setPrinting(true)
      try {
        await whenPrintReady()
        const saved = await call('report.printPdf', { name: fileStem(t('report:print.fileName', period)) })
        if (saved) showToast({ tone: 'success', message: t('report:print.saved', { name: saved.name }) })
      } catch (error) {
        if (!(error instanceof IpcCallError && error.error.code === 'print_unavailable')) throw error
        window.print()
      } finally {
        setPrinting(false)
      }
    })

  return (
    <>
      <div className="dashboard-print no-print">
        <Button size="sm" disabled={printing} onClick={() => void print()}>
          {t('report:print.button')}
        </Button>
      </div>
      <header className="print-only dashboard-print__header">
        <h1>{t('report:print.title')}</h1>
        <p>{t('report:print.period', period)}</p>
        <p className="muted">{t('report:print.printedAt', { at: format.dateTime(new Date()) })}</p>
      </header>
    </>
  )
}
