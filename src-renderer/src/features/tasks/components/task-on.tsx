import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Task } from '../../../../../src-shared/domain/task-types'

/** "On: 王芳 · Deal 年货礼盒" — what a task is on, one muted line. */
export function TaskOn({ task, name }: { task?: Task; name?: string }) {
  const { t } = useTranslation('tasks')
  const parts = task ? [task.customer?.name, recordWords(task, t)] : [name]
  const text = parts.filter(Boolean).join(' · ')
  if (!text) return null
  return (
    <p className="muted task-on">
      {t('fields.on')}: {text}
    </p>
  )
}

/** "Deal 年货礼盒" / "订单 SO-1024" for a task on a record, else undefined. */
export function recordWords(task: Pick<Task, 'record'>, t: TFunction<'tasks'>): string | undefined {
  if (!task.record) return undefined
  const kind: string = t(`kinds.${task.record.kind}`)
  return t('panel.onRecord', { kind, label: task.record.label })
}
