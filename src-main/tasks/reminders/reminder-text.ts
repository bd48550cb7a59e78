import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import type { Task, TaskReminder } from '../../../src-shared/domain/task-types'
import { translate, type Locale } from '../../../src-shared/i18n'
import { localDate } from '../local-time'

/** How many task titles a digest names before "and N more". */
const DIGEST_NAMES = 3

type Words = (key: string, params?: Record<string, string | number>) => string

/**
 * The words of a reminder, in the UI language — the ONE place they are built, for the OS
 * notification and the in-app one alike, so a locked app can later hide customer names here.
 * One task: its title, then its customer and when it is due. Several (a digest): how many,
 * then the first few titles.
 */
export function reminderText(
  tasks: readonly Task[],
  locale: Locale,
  now: number,
  zone: string,
): Pick<TaskReminder, 'title' | 'body'> {
  const t: Words = (key, params) => translate(locale, `tasks.notification.${key}`, params)
  if (tasks.length === 1) {
    const [task] = tasks
    const body = [task.customer?.name, dueWords(task, locale, now, zone, t)].filter(Boolean).join(' · ')
    return { title: task.title, body }
  }
  const named = tasks.slice(0, DIGEST_NAMES).map((task) => task.title)
  const more = tasks.length - named.length
  const list = named.join(locale === 'zh-CN' ? '、' : '; ')
  return {
    title: t('digestTitle', { count: tasks.length }),
    body: more > 0 ? `${list} ${t('digestMore', { count: more })}` : list,
  }
}

function dueWords(task: Task, locale: Locale, now: number, zone: string, t: Words): string {
  const today = localDate(now, zone)
  const pattern = locale === 'zh-CN' ? 'M月d日' : 'yyyy-MM-dd'
  const date = (day: string): string => format(new TZDate(`${day}T12:00:00Z`, 'UTC'), pattern)
  if (task.due.kind === 'day') {
    return task.due.date === today ? t('dueToday') : t('dueOn', { date: date(task.due.date) })
  }
  const at = new TZDate(Date.parse(task.due.at), zone)
  const day = format(at, 'yyyy-MM-dd')
  const time = format(at, 'HH:mm')
  return day === today ? t('dueTodayAt', { time }) : t('dueOnAt', { date: date(day), time })
}
