import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MESSAGE_CHANNELS, type MessageChannel, type TicketDetail } from '../../../../../../src-shared/domain/ticket-types'
import { Button } from '../../../../components/button'
import { SegmentedControl } from '../../../../components/segmented-control'
import { showToast } from '../../../../components/toast'
import { call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'
import { fillCanned, slashQuery } from '../../lib/fill-canned'
import { ChannelSelect } from '../inline-select'
import { CannedPicker } from './canned-picker'

type Mode = 'reply' | 'receive' | 'note'
const CHANNEL_OF: Record<Mode, 'tickets.reply' | 'tickets.receive' | 'tickets.note'> = {
  reply: 'tickets.reply',
  receive: 'tickets.receive',
  note: 'tickets.note',
}

/** Logs a reply to the customer, a message from them, or an internal note; `/` inserts a canned reply. */
export function ComposeBox({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const [mode, setMode] = useState<Mode>('reply')
  const [channel, setChannel] = useState<MessageChannel>('wechat')
  const [text, setText] = useState('')
  const [caret, setCaret] = useState(0)
  const area = useRef<HTMLTextAreaElement>(null)
  const slash = slashQuery(text, caret)
  const insert = (body: string): void => {
    const filled = fillCanned(body, {
      customer: ticket.customer?.name ?? null,
      order: ticket.order?.number ?? null,
      ticket: ticket.number,
    })
    const start = slash ? slash.start : caret
    const next = text.slice(0, start) + filled + text.slice(caret)
    setText(next)
    setCaret(start + filled.length)
    requestAnimationFrame(() => {
      area.current?.focus()
      area.current?.setSelectionRange(start + filled.length, start + filled.length)
    })
  }
  const send = async (): Promise<void> => {
    const input = { id: ticket.id, body: text, expectedUpdatedAt: ticket.updatedAt }
    const done = await run(() => (mode === 'note' ? call('tickets.note', input) : call(CHANNEL_OF[mode], { ...input, channel })))
    if (!done) return
    setText('')
    showToast({ tone: 'success', message: t('tickets:compose.sent') })
  }
  return (
    <form
      className="stack compose-box"
      aria-label={t('tickets:compose.label')}
      onSubmit={(e) => {
        e.preventDefault()
        void send()
      }}
    >
      <div className="cluster">
        <SegmentedControl
          label={t('tickets:compose.mode')}
          hideLabel
          size="sm"
          value={mode}
          options={[
            { value: 'reply', label: t('tickets:compose.reply') },
            { value: 'receive', label: t('tickets:compose.receive') },
            { value: 'note', label: t('tickets:compose.note') },
          ]}
          onChange={setMode}
        />
        {mode !== 'note' && (
          <ChannelSelect
            label={t('tickets:compose.channel')}
            value={channel}
            channels={MESSAGE_CHANNELS}
            enumName="messageChannel"
            onChange={setChannel}
          />
        )}
      </div>
      <textarea
        ref={area}
        className="input"
        rows={4}
        aria-label={t('tickets:compose.text')}
        placeholder={t('tickets:compose.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setCaret(e.target.selectionStart)
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
      />
      {slash && <CannedPicker query={slash.query} onPick={insert} />}
      <div className="cluster">
        <Button type="submit" variant="primary" disabled={!text.trim()}>
          {t('tickets:compose.send')}
        </Button>
      </div>
    </form>
  )
}
