import { useTranslation } from 'react-i18next'
import { call } from '../../lib/ipc'
import { useActionRunner } from '../../lib/use-action-runner'
import { Menu } from '../menu'
import { showToast } from '../toast'

export interface ChartExportMenuProps {
  title: string
  /** The chart as a PNG (base64), drawn when asked. */
  png(): string
  /** The chart as an SVG document, drawn when asked. */
  svg(): string
}

/** The chart's title as a file name: without what file systems refuse (the main process checks again). */
export const fileStem = (title: string): string =>
  title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120) || 'chart'

/** "Save as PNG / Save as SVG" beside a chart's title; the main process asks where. */
export function ChartExportMenu({ title, png, svg }: ChartExportMenuProps) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const save = (format: 'png' | 'svg', draw: () => string) =>
    run(async () => {
      const saved = await call('report.saveChart', { format, name: fileStem(title), data: draw() })
      if (saved) showToast({ tone: 'success', message: t('report:export.saved', { name: saved.name }) })
    })
  return (
    <Menu label={t('report:export.menu')} ariaLabel={t('report:export.menuLabel', { title })}>
      {(close) => (
        <>
          {(['png', 'svg'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="btn btn--ghost btn--sm menu__item chart__save-item"
              onClick={() => {
                close()
                void save(format, format === 'png' ? png : svg)
              }}
            >
              {t(`report:export.${format}`)}
            </button>
          ))}
        </>
      )}
    </Menu>
  )
}
