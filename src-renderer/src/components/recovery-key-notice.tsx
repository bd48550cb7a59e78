import { useTranslation } from 'react-i18next'
import { useState } from 'react'
import { Button } from './button'

/**
 * A new recovery key, shown once: Copy, Print (only this panel prints), and nothing goes on until
 * the owner says it is written down — the key cannot be shown again.
 */
export function RecoveryKeyNotice({ recoveryKey, onDone }: { recoveryKey: string; onDone(): void }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  const [confirmed, setConfirmed] = useState(false)
  return (
    <div className="recovery-key stack" role="region" aria-label={t('recoveryKey.title')}>
      <h2 className="recovery-key__title">{t('recoveryKey.title')}</h2>
      <p>{t('recoveryKey.body')}</p>
      <p className="recovery-key__value mono" data-testid="recovery-key">
        {recoveryKey}
      </p>
      <div className="cluster recovery-key__actions">
        <Button
          onClick={() =>
            void navigator.clipboard.writeText(recoveryKey).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('recoveryKey.copy')}
        </Button>
        <Button onClick={() => window.print()}>{t('recoveryKey.print')}</Button>
        {copied && <span role="status">{t('recoveryKey.copied')}</span>}
      </div>
      <label className="cluster recovery-key__actions">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        {t('recoveryKey.confirm')}
      </label>
      <div className="cluster recovery-key__actions">
        <Button variant="primary" disabled={!confirmed} onClick={onDone}>
          {t('recoveryKey.continue')}
        </Button>
      </div>
    </div>
  )
}
