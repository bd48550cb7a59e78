import { useTranslation } from 'react-i18next'
import type { SlaPolicies } from '../../../../../../src-shared/domain/service-settings'
import { TICKET_PRIORITIES } from '../../../../../../src-shared/domain/ticket'
import { useEnumLabel } from '../../../../lib/use-enum-label'

export type Targets = SlaPolicies

/** First-response and resolution targets per priority, in business minutes. */
export function TargetsTable({ targets, onChange }: { targets: Targets; onChange(next: Targets): void }) {
  const { t } = useTranslation()
  const label = useEnumLabel()
  const cell = (priority: keyof Targets, field: 'firstResponseMinutes' | 'resolutionMinutes', name: string) => (
    <td className="num">
      <input
        type="number"
        min={1}
        className="input input--sm sla-target"
        aria-label={`${label('ticketPriority', priority)} · ${name}`}
        value={targets[priority][field]}
        onChange={(e) => onChange({ ...targets, [priority]: { ...targets[priority], [field]: Number(e.target.value) } })}
      />
    </td>
  )
  return (
    <table className="data-table">
      <caption className="field-hint">{t('tickets:settings.targets')}</caption>
      <thead>
        <tr>
          <th>{t('tickets:queue.priority')}</th>
          <th className="num">{t('tickets:settings.firstResponse')}</th>
          <th className="num">{t('tickets:settings.resolution')}</th>
        </tr>
      </thead>
      <tbody>
        {TICKET_PRIORITIES.map((p) => (
          <tr key={p}>
            <td>{label('ticketPriority', p)}</td>
            {cell(p, 'firstResponseMinutes', t('tickets:settings.firstResponse'))}
            {cell(p, 'resolutionMinutes', t('tickets:settings.resolution'))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
