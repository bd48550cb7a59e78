import { z } from 'zod'
import { isoDate, text, wellFormed } from './common'
import { optionalText, todayIso } from './form-fields'
import { GENDERS } from './customer-types'
import { foldPhone, normalizePhone } from './phone'

export { GENDERS, type Gender } from './customer-types'

/**
 * Messages of our own checks are i18n keys (`customers.validation.*`): the registrar and the
 * form translate them into the UI language; zod's built-in checks are translated by its locale.
 */
export const customerMessages = {
  phone: 'customers.validation.phone',
  birthdayFuture: 'customers.validation.birthdayFuture',
} as const

const phone = optionalText(
  wellFormed(z.string().max(40))
    .refine((v) => normalizePhone(v) !== null, { error: customerMessages.phone })
    // Stored as typed but in ASCII: full-width digits from a Chinese IME are folded here, once,
    // for the form, IPC and CSV rows alike.
    .transform(foldPhone),
)

const birthday = optionalText(isoDate.refine((v) => v <= todayIso(), { error: customerMessages.birthdayFuture }))

/**
 * One customer as a person types it — the one schema behind the form, the IPC channels and
 * the CSV importer. Text is trimmed; optional blank text means "clear this field".
 */
export const customerInput = z.strictObject({
  name: wellFormed(z.string().trim().min(1).max(200)),
  phone,
  email: optionalText(z.email().max(254)),
  code: optionalText(text(64)),
  gender: z.enum(GENDERS).nullable().optional(),
  birthday,
  address: optionalText(text(500)),
  city: optionalText(text(100)),
  source: optionalText(text(100)),
  notes: text(20000).nullable().optional(),
})

/** What a caller may send (strings as typed). */
export type CustomerInputDraft = z.input<typeof customerInput>
/** After validation: trimmed, blanks as null. */
export type CustomerInput = z.output<typeof customerInput>

/** Every field optional, for inline edits; `name` may not be cleared. */
export const customerPatch = customerInput.partial()
export type CustomerPatch = z.output<typeof customerPatch>
