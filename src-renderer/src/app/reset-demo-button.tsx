import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, type ButtonProps } from '../components/button'
import { useShopSwitch } from '../lib/use-shop-switch'
import { ResetDemoDialog } from './reset-demo-dialog'

/** "Reset demo": asks, then remakes the demo shop and opens it (the window reloads on it). */
export function ResetDemoButton({ variant = 'secondary', size = 'md' }: Pick<ButtonProps, 'variant' | 'size'>) {
  const { t } = useTranslation()
  const { busy, open } = useShopSwitch()
  const [asking, setAsking] = useState(false)
  return (
    <>
      <Button size={size} variant={variant} disabled={busy} onClick={() => setAsking(true)}>
        {busy ? t('shop:switching') : t('shop:banner.reset')}
      </Button>
      {asking && (
        <ResetDemoDialog
          onClose={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false)
            open('demo', { reset: true })
          }}
        />
      )}
    </>
  )
}
