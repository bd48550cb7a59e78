import { useTranslation } from 'react-i18next'
import { Button } from '../../components/button'
import { useNavigationStore } from '../../stores/navigation'

/** The Settings block that leads to the audit log page. */
export function AuditSettingsSection() {
  const { t } = useTranslation()
  const navigate = useNavigationStore((s) => s.navigate)
  return (
    <div className="stack">
      <p className="muted">{t('audit:settingsBody')}</p>
      <div>
        <Button onClick={() => navigate({ page: 'audit' })}>{t('audit:open')}</Button>
      </div>
    </div>
  )
}
