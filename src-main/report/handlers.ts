import { translate } from '../../src-shared/i18n'
import { AppError } from '../../src-shared/ipc/app-error'
import type { DomainHandlers } from '../ipc/handler'
import { withExtension, writeFileSafely } from './write-file'

/**
 * Saving what the page shows. The renderer sends the bytes and a suggested name; the main
 * process asks where (the chosen path never goes back), then writes the file safely.
 */
export const reportHandlers: DomainHandlers<'report'> = {
  'report.saveChart': async ({ format, name, data }, ctx) => {
    const locale = ctx.locale()
    const path = await ctx.dialogs.saveFile({
      title: translate(locale, `report.export.${format}`),
      defaultName: `${name}.${format}`,
      filters: [{ name: format.toUpperCase(), extensions: [format] }],
    })
    if (path === null) return null
    const bytes = format === 'png' ? Buffer.from(data, 'base64') : Buffer.from(data, 'utf8')
    return { name: writeFileSafely(withExtension(path, format), bytes) }
  },
  'report.printPdf': async ({ name }, ctx) => {
    // Refused before the dialog: the browser harness prints with the browser's own dialog.
    if (!ctx.printer.available) throw new AppError('print_unavailable')
    const locale = ctx.locale()
    const path = await ctx.dialogs.saveFile({
      title: translate(locale, 'report.print.button'),
      defaultName: `${name}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    })
    if (path === null) return null
    const pdf = await ctx.printer.printToPdf()
    if (pdf === null) throw new AppError('print_unavailable')
    return { name: writeFileSafely(withExtension(path, 'pdf'), pdf) }
  },
}
