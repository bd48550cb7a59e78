import { addHours } from 'date-fns/addHours'
import { format } from 'date-fns/format'
import { isValid } from 'date-fns/isValid'
import { parse } from 'date-fns/parse'
import { startOfHour } from 'date-fns/startOfHour'
import type { TaskDue } from '../../../../../src-shared/domain/task-due'

/**
 * A due and a reminder as the form holds them: local wall-clock text from `<input type="date">`,
 * `type="time"` and `type="datetime-local"`. The browser's zone is the laptop's — the same zone
 * the main process files reminders in.
 */
export interface DueDraft {
  allDay: boolean
  /** `YYYY-MM-DD` as typed (a typo like year 99999 stays, for the schema to refuse with a message). */
  date: string
  /** `HH:mm`, used when not all day. */
  time: string
  /** `YYYY-MM-DDTHH:mm`, or '' for no reminder. */
  remind: string
}

const LOCAL_DATE = 'yyyy-MM-dd'
const LOCAL_MINUTE = "yyyy-MM-dd'T'HH:mm"

/** The form's due as the channel's: an all-day date, or the local wall time as an instant. */
export function toDue(draft: DueDraft): TaskDue {
  return draft.allDay ? { kind: 'day', date: draft.date } : { kind: 'time', at: toInstant(`${draft.date}T${draft.time}`) }
}

/** The reminder as an instant, or null for none. */
export const toRemindAt = (draft: DueDraft): string | null => (draft.remind === '' ? null : toInstant(draft.remind))

/**
 * Local `YYYY-MM-DDTHH:mm` → ISO instant. Text that is no real local time is passed on as it is,
 * so the shared schema refuses it with its translated message instead of a crash here.
 */
function toInstant(local: string): string {
  const parsed = parse(local, LOCAL_MINUTE, new Date())
  return isValid(parsed) && format(parsed, LOCAL_MINUTE) === local ? parsed.toISOString() : local
}

/** A task's due and reminder back in the form's terms (local wall time). */
export function draftOf(due: TaskDue, remindAt: string | null): DueDraft {
  const remind = remindAt === null ? '' : format(new Date(remindAt), LOCAL_MINUTE)
  if (due.kind === 'day') return { allDay: true, date: due.date, time: '09:00', remind }
  const at = new Date(due.at)
  return { allDay: false, date: format(at, LOCAL_DATE), time: format(at, 'HH:mm'), remind }
}

/** A new task: all day today (the time, if one is chosen, starts at the next full hour). */
export const newDraft = (now: Date = new Date()): DueDraft => ({
  allDay: true,
  date: format(now, LOCAL_DATE),
  time: format(addHours(startOfHour(now), 1), 'HH:mm'),
  remind: '',
})
