import { dialog, type BrowserWindow } from 'electron'
import type { Dialogs } from '../ipc/context'

/** Native file dialogs, parented to the main window; the chosen path never goes to the renderer. */
export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  const parent = (): BrowserWindow => {
    const win = window()
    if (!win) throw new Error('No window for the dialog')
    return win
  }
  return {
    async openFile({ title, filters }) {
      const result = await dialog.showOpenDialog(parent(), { title, filters, properties: ['openFile'] })
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async saveFile({ title, defaultName, filters }) {
      // Replacing a file is the owner's choice: the dialog asks first (macOS and Windows always do).
      const properties = ['showOverwriteConfirmation' as const]
      const result = await dialog.showSaveDialog(parent(), { title, defaultPath: defaultName, filters, properties })
      return result.canceled ? null : (result.filePath ?? null)
    },
    async chooseFolder({ title }) {
      const result = await dialog.showOpenDialog(parent(), { title, properties: ['openDirectory', 'createDirectory'] })
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
  }
}
