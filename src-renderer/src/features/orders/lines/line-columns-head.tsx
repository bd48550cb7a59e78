import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** The column heads of an order's lines, the same on the till and the order page; `extra` heads follow. */
export function LineColumnsHead({ extra }: { extra?: ReactNode }) {
  const { t } = useTranslation()
  return (
    <thead>
      <tr>
        <th scope="col">{t('orders:ui.form.description')}</th>
        {(['quantity', 'unitPrice', 'lineDiscount', 'lineTotal'] as const).map((key) => (
          <th key={key} scope="col" className="num">
            {t(`orders:ui.form.${key}`)}
          </th>
        ))}
        {extra}
      </tr>
    </thead>
  )
}
