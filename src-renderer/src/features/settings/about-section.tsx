import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../lib/format'
import { currentLocale } from '../../lib/i18n'
import { selectAppInfo, useSettingsStore, type AppInfo } from '../../stores/settings'

const PLATFORM_KEYS = {
  electron: 'about.platformElectron',
  'web-harness': 'about.platformWeb',
  cli: 'about.platformCli',
} as const satisfies Record<AppInfo['platform'], string>

/** Version, data file and schema version from `app.info`. */
export function AboutSection() {
  const { t } = useTranslation('settings')
  const info = useSettingsStore(selectAppInfo)
  if (!info) return <p className="field-hint">{t('about.unavailable')}</p>
  return (
    <>
      <dl className="about-list">
        <dt>{t('about.version')}</dt>
        <dd className="tabular">{info.version}</dd>
        <dt>{t('about.dataFile')}</dt>
        <dd>
          <code className="path">{info.dataFile}</code>
        </dd>
        <dt>{t('about.schemaVersion')}</dt>
        <dd className="tabular">{formatNumber(info.schemaVersion, currentLocale(), 0)}</dd>
        <dt>{t('about.platform')}</dt>
        <dd>{t(PLATFORM_KEYS[info.platform])}</dd>
      </dl>
      <p className="field-hint">{t('about.privacy')}</p>
    </>
  )
}
