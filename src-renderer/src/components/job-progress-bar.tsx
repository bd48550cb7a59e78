import type { ReactNode } from 'react'

/**
 * A long job's bar and what it is doing, then its action — Cancel while the job can still stop
 * (imports, analyses, the encryption switch). `percent` is 0–100 (lib/use-job-progress.ts).
 */
export function JobProgressBar({
  percent,
  label,
  muted = false,
  children,
}: {
  percent: number
  label: string
  /** The quieter grey label, for a card's own progress among others. */
  muted?: boolean
  children?: ReactNode
}) {
  return (
    <div className="cluster">
      <progress max={100} value={percent} aria-label={label} />
      <span role="status" className={muted ? 'muted' : undefined}>
        {label}
      </span>
      {children}
    </div>
  )
}
