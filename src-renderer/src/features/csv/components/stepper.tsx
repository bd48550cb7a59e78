import { useTranslation } from 'react-i18next'
import type { Step } from '../hooks/use-import-wizard'

const STEPS: Step[] = ['file', 'mapping', 'preview', 'result']

/** Where the wizard is: file → columns → preview → result. */
export function Stepper({ step }: { step: Step }) {
  const { t } = useTranslation('csv', { keyPrefix: 'import' })
  const current = STEPS.indexOf(step)
  return (
    <ol className="ie-stepper">
      {STEPS.map((s, i) => (
        <li
          key={s}
          className={i < current ? 'is-done' : i === current ? 'is-current' : undefined}
          aria-current={i === current ? 'step' : undefined}
        >
          <span className="ie-stepper__n">{i + 1}</span> {t(`steps.${s}`)}
        </li>
      ))}
    </ol>
  )
}
