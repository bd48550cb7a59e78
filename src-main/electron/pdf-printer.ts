import type { BrowserWindow } from 'electron'
import type { Printer } from '../ipc/context'

/**
 * Prints the app window to PDF with Chromium's own engine: the page's print stylesheet decides
 * the layout (`@page` A4, margins), so fonts — Chinese included — are embedded as on screen.
 */
export function electronPrinter(window: () => BrowserWindow | null): Printer {
  return {
    available: true,
    async printToPdf() {
      const win = window()
      if (!win) return null
      return win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, generateDocumentOutline: true })
    },
  }
}
