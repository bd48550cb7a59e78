import { useTranslation } from 'react-i18next'
import { Button } from '../components/button'
import { Dialog } from '../components/dialog'

/** Asks before the demo shop is remade: what was practised in it is gone afterwards. */
export function ResetDemoDialog({ onClose, onConfirm }: { onClose(): void; onConfirm(): void }) {
  const { t } = useTranslation()
  return (
    <Dialog title={t('shop:reset.title')} description={t('shop:reset.description')} onClose={onClose}>
      <div className="modal__footer">
        <Button onClick={onClose}>{t('shop:reset.cancel')}</Button>
        <Button variant="danger" onClick={onConfirm}>
          {t('shop:reset.confirm')}
        </Button>
      </div>
    </Dialog>
  )
}
