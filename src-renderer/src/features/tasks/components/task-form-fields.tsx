import { useTranslation } from 'react-i18next'
import { FormField } from '../../../components/form-field'
import type { TaskForm } from '../hooks/use-task-form'

/**
 * Title, due (a whole day, or a day and a time), reminder and notes. The date stays a local
 * calendar day when "All day" is ticked, so it means that day wherever the laptop is.
 */
export function TaskFormFields({ form, notes = true }: { form: TaskForm; notes?: boolean }) {
  const { t } = useTranslation()
  const { values, change, changeDue, errorOf } = form
  return (
    <div className="task-form">
      <FormField label={t('tasks:fields.title')} error={errorOf('title')} required>
        {(a) => (
          <input
            {...a}
            className="input"
            maxLength={300}
            autoComplete="off"
            value={values.title}
            onChange={(e) => change({ title: e.target.value })}
          />
        )}
      </FormField>
      <fieldset className="fieldset-plain task-form__due">
        <legend className="form-field__label">{t('tasks:fields.due')}</legend>
        <div className="cluster">
          <FormField label={t('tasks:fields.date')} error={errorOf('due')}>
            {(a) => (
              <input
                {...a}
                className="input"
                type="date"
                value={values.due.date}
                onChange={(e) => changeDue({ date: e.target.value })}
              />
            )}
          </FormField>
          <FormField label={t('tasks:fields.time')}>
            {(a) => (
              <input
                {...a}
                className="input"
                type="time"
                disabled={values.due.allDay}
                value={values.due.time}
                onChange={(e) => changeDue({ time: e.target.value })}
              />
            )}
          </FormField>
          <label className="field-inline task-form__all-day">
            <input type="checkbox" checked={values.due.allDay} onChange={(e) => changeDue({ allDay: e.target.checked })} />
            <span>{t('tasks:fields.allDay')}</span>
          </label>
        </div>
      </fieldset>
      <FormField label={t('tasks:fields.remindAt')} hint={t('tasks:fields.remindHint')} error={errorOf('remindAt')}>
        {(a) => (
          <input
            {...a}
            className="input task-form__remind"
            type="datetime-local"
            value={values.due.remind}
            onChange={(e) => changeDue({ remind: e.target.value })}
          />
        )}
      </FormField>
      {notes && (
        <FormField label={t('tasks:fields.notes')}>
          {(a) => (
            <textarea
              {...a}
              className="input"
              rows={3}
              maxLength={10000}
              value={values.notes}
              onChange={(e) => change({ notes: e.target.value })}
            />
          )}
        </FormField>
      )}
    </div>
  )
}
