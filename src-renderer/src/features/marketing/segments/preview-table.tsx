import { useTranslation } from 'react-i18next'
import type { SegmentPreviewRow } from '../../../../../src-shared/ipc/channels/segments'
import { Badge } from '../../../components/badge'
import { useFormat } from '../../../lib/use-format'
import { useNavigationStore } from '../../../stores/navigation'
import { STAGE_TONE } from './stage-tone'

const NS = 'marketing-segments:preview'

/** The first customers of a segment with their figures; a name opens the customer. */
export function PreviewTable({ rows }: { rows: SegmentPreviewRow[] }) {
  const { t } = useTranslation()
  const f = useFormat()
  const navigate = useNavigationStore((s) => s.navigate)
  if (rows.length === 0) return <p className="muted">{t(`${NS}.empty`)}</p>
  return (
    <table className="data-table segment-preview">
      <caption className="muted">{t(`${NS}.title`)}</caption>
      <thead>
        <tr>
          <th scope="col">{t(`${NS}.name`)}</th>
          <th scope="col">{t(`${NS}.phone`)}</th>
          <th scope="col">{t(`${NS}.lastPurchase`)}</th>
          <th scope="col" className="num">
            {t(`${NS}.orders`)}
          </th>
          <th scope="col" className="num">
            {t(`${NS}.spend`)}
          </th>
          <th scope="col">{t(`${NS}.lifecycle`)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              <a
                href="#"
                onClick={(e) => {
                  e.preventDefault()
                  navigate({ page: 'customer', id: String(r.id) })
                }}
              >
                {r.name}
              </a>
            </td>
            <td>{r.phone ?? ''}</td>
            <td>{r.lastPurchaseAt ? f.date(r.lastPurchaseAt) : t(`${NS}.never`)}</td>
            <td className="num">{f.number(r.orders)}</td>
            <td className="num">{f.money(r.spend)}</td>
            <td>
              <Badge tone={STAGE_TONE[r.lifecycle]}>{t(`marketing-segments:lifecycle.stages.${r.lifecycle}`)}</Badge>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
