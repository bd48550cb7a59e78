import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** "How this was made": the data range, the method, the fit — folded under each computed figure. */
export function BasisNote({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <details className="basis-note">
      <summary>{t('analytics:basis.howMade')}</summary>
      <div className="basis-note__body muted">{children}</div>
    </details>
  )
}
