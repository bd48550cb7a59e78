import { translate } from '../../../src-shared/i18n'
import { AppError } from '../../../src-shared/ipc/app-error'
import { CUSTOMER_ENTITIES } from '../../customers/customer-entities'
import type { DomainHandlers } from '../../ipc/handler'
import { eraseCustomer } from './erase'
import { exportCustomerData } from './export-customer'
import { customerFamily } from './family'
import { previewErasure } from './preview'

/** A customer's data: what erasing them would do, erasing them, exporting all of it. */
export const privacyHandlers: DomainHandlers<'privacy'> = {
  'privacy.preview': ({ id }, ctx) => previewErasure(ctx.db, id),
  'privacy.erase': ({ id }, ctx) => {
    ctx.jobs.assertNoWritingJob()
    const result = eraseCustomer(ctx.db, id)
    ctx.emit('data.changed', { entities: CUSTOMER_ENTITIES })
    return result
  },
  'privacy.export': async ({ id }, ctx) => {
    const ids = customerFamily(ctx.db, id)
    if (ids.length === 0) throw new AppError('customer_not_found')
    const locale = ctx.locale()
    const path = await ctx.dialogs.saveFile({
      title: translate(locale, 'privacy.exportTitle'),
      defaultName: `${translate(locale, 'privacy.exportFileName')}-${id}.zip`,
      filters: [{ name: 'ZIP', extensions: ['zip'] }],
    })
    if (path === null) return null
    return { files: await exportCustomerData(ctx.db, ids, path) }
  },
}
