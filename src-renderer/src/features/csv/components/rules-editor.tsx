import { useTranslation } from 'react-i18next'
import { DUPLICATE_ACTIONS, type DuplicateAction, type MatchRule } from '../../../../../src-shared/ipc/channels/csv-import'

/** For each key records can be matched on: update, skip, create new, or do not match on it. */
export function RulesEditor({
  keys,
  rules,
  disabled,
  onChange,
}: {
  keys: MatchRule['key'][]
  rules: MatchRule[]
  disabled: boolean
  onChange(key: MatchRule['key'], action: DuplicateAction | 'off'): void
}) {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  return (
    <fieldset className="ie-rules" disabled={disabled}>
      <legend>{t('duplicates')}</legend>
      {keys.map((key) => {
        const label = t(`fields.${key}`, { defaultValue: key })
        return (
          <label key={key} className="field-inline">
            <span>{label}</span>
            <select
              className="input"
              aria-label={`${t('duplicates')}: ${label}`}
              value={rules.find((r) => r.key === key)?.action ?? 'off'}
              onChange={(e) => onChange(key, e.target.value as DuplicateAction | 'off')}
            >
              {DUPLICATE_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {t(`actions.${a}`)}
                </option>
              ))}
              <option value="off">{t('matchOff')}</option>
            </select>
          </label>
        )
      })}
    </fieldset>
  )
}
