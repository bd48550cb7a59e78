import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'
import { settingsSections } from '../../registries/settings-sections'

/** The Settings page: every registered section, in order, each under its own heading. */
export function SettingsPage() {
  const { t } = useTranslation('settings')
  const sections = useSyncExternalStore(settingsSections.subscribe, settingsSections.list)
  const ordered = [...sections].sort((a, b) => a.order - b.order)
  return (
    <div className="page page--narrow">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {ordered.map(({ id, title, Component }) => (
        <section key={id} className="settings-section" aria-labelledby={`settings-${id}`}>
          <h2 id={`settings-${id}`} className="settings-section__title">
            {title()}
          </h2>
          <Component />
        </section>
      ))}
    </div>
  )
}
