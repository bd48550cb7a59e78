import type { ReactNode } from 'react'
import { Icon, type IconName } from './icons'

export interface EmptyStateProps {
  icon?: IconName
  title: string
  body?: ReactNode
  /** The next step: usually one Button. */
  action?: ReactNode
  /** Small label above the title, e.g. "Coming with the next release". */
  eyebrow?: string
}

/** What an empty page says: what will be here, and what to do now. */
export function EmptyState({ icon, title, body, action, eyebrow }: EmptyStateProps) {
  return (
    <div className="empty-state">
      {icon && (
        <div className="empty-state__icon">
          <Icon name={icon} size={32} />
        </div>
      )}
      {eyebrow && <p className="empty-state__eyebrow">{eyebrow}</p>}
      <h2 className="empty-state__title">{title}</h2>
      {body && <p className="empty-state__body">{body}</p>}
      {action && <div className="empty-state__action">{action}</div>}
    </div>
  )
}
