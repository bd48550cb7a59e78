import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/button'
import { showToast } from '../../../../components/toast'

/** Copies a value (a phone number to paste into WeChat) and says so. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation()
  const copy = (): void =>
    void navigator.clipboard.writeText(text).then(
      () => showToast({ tone: 'success', message: t('customers:ui.detail.copied', { text }), durationMs: 2000 }),
      () => showToast({ tone: 'error', message: t('customers:ui.detail.copyFailed') }),
    )
  return (
    <Button size="sm" variant="ghost" aria-label={label} title={label} onClick={copy}>
      {t('customers:ui.detail.copy')}
    </Button>
  )
}
