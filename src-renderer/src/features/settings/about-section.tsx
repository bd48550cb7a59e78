import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IntegrityStatus } from '../../../../src-shared/ipc'
import { formatNumber } from '../../lib/format'
import { currentLocale } from '../../lib/i18n'
import { onEvent } from '../../lib/ipc'
import { useEnumLabel } from '../../lib/use-enum-label'
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
  const label = useEnumLabel()
  const integrity = useIntegrityStatus(info?.integrity.status)
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
        <dt>{t('about.integrity')}</dt>
        <dd>{label('integrityStatus', integrity ?? info.integrity.status)}</dd>
      </dl>
      <p className="field-hint">{t('about.privacy')}</p>
    </>
  )
}

/** The background check of the data file: the status `app.info` gave, then each `app.integrity` event. */
function useIntegrityStatus(initial: IntegrityStatus | undefined): IntegrityStatus | undefined {
  const [status, setStatus] = useState<IntegrityStatus | undefined>(undefined)
  useEffect(() => onEvent('app.integrity', (state) => setStatus(state.status)), [])
  return status ?? initial
}
