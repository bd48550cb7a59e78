import type { ButtonHTMLAttributes } from 'react'
import { Icon, type IconName } from './icons'

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label' | 'children'> {
  icon: IconName
  /** Required: the screen-reader name, also shown as the tooltip. */
  'aria-label': string
  /** Keyboard shortcut appended to the tooltip, e.g. "Ctrl K". */
  shortcut?: string
}

export function IconButton({ icon, shortcut, className, title, ...rest }: IconButtonProps) {
  const label = rest['aria-label']
  return (
    <button
      type="button"
      className={['icon-btn', className].filter(Boolean).join(' ')}
      title={title ?? (shortcut ? `${label} (${shortcut})` : label)}
      aria-keyshortcuts={shortcut?.replace(/\s+/g, '+')}
      {...rest}
    >
      <Icon name={icon} />
    </button>
  )
}
