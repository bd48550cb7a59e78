import { useState } from 'react'
import { Button } from '../../components/button'
import { useSecurityStrings } from './use-security-strings'

/**
 * A new recovery key, shown once: Copy, Print (only this panel prints), and nothing goes on until
 * the owner says it is written down — the key cannot be shown again.
 */
export function RecoveryKeyNotice({ recoveryKey, onDone }: { recoveryKey: string; onDone(): void }) {
  const s = useSecurityStrings()
  const [copied, setCopied] = useState(false)
  const [confirmed, setConfirmed] = useState(false)
  return (
    <div className="recovery-key stack" role="region" aria-label={s.recovery.title}>
      <h2 className="recovery-key__title">{s.recovery.title}</h2>
      <p>{s.recovery.body}</p>
      <p className="recovery-key__value" data-testid="recovery-key">
        {recoveryKey}
      </p>
      <div className="cluster recovery-key__actions">
        <Button
          onClick={() =>
            void navigator.clipboard.writeText(recoveryKey).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {s.recovery.copy}
        </Button>
        <Button onClick={() => window.print()}>{s.recovery.print}</Button>
        {copied && <span role="status">{s.recovery.copied}</span>}
      </div>
      <label className="cluster recovery-key__actions">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        {s.recovery.confirm}
      </label>
      <div className="cluster recovery-key__actions">
        <Button variant="primary" disabled={!confirmed} onClick={onDone}>
          {s.recovery.continue}
        </Button>
      </div>
    </div>
  )
}
